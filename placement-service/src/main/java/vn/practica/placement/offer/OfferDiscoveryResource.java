package vn.practica.placement.offer;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.practica.platform.http.ETags;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.paging.CursorPage;
import vn.practica.platform.paging.Cursors;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.security.Caller;
import vn.practica.platform.security.Roles;

/**
 * Offers as partners find them: open ones by search (signed in), any published one by id, as JSON or as
 * schema.org JSON-LD. Reading a published offer by id needs no token: a job posting is public by nature, and job
 * boards and search engines that index it sign in nowhere.
 */
@Path("/api/v1/offers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Offers")
public class OfferDiscoveryResource {
    static final int MAX_LIMIT = 100;
    private static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
    private static final List<Variant> VARIANTS = Variant.mediaTypes(
                    MediaType.APPLICATION_JSON_TYPE, MediaType.valueOf(JobPostingMapper.MEDIA_TYPE))
            .build();

    private final OfferDiscoveryService discovery;
    private final Caller caller;

    OfferDiscoveryResource(OfferDiscoveryService discovery, Caller caller) {
        this.discovery = discovery;
        this.caller = caller;
    }

    @GET
    @Authenticated
    @Operation(
            operationId = "searchOffers",
            summary = "Find open offers whose deadline has not passed, newest first: by field, province, work mode,"
                    + " competency item, deadline and words of the title or description (accents optional)",
            description = "For students, schools, the State and businesses. Only OPEN offers whose validThrough is"
                    + " today or later (Vietnam time) are listed; words are folded like catalog's search, so"
                    + " accents and case do not matter.")
    @APIResponse(
            responseCode = "200",
            description = "At most limit offers and the cursor of the next page",
            content = @Content(schema = @Schema(implementation = OfferPage.class)))
    public CursorPage<OfferSummaryResponse> searchOffers(
            @QueryParam("q")
                    @Parameter(description = "Words, each found in the title or description; du lich finds Du lịch")
                    @Size(max = OfferLimits.QUERY)
                    String q,
            @QueryParam("fieldCode")
                    @Size(max = OfferLimits.CODE)
                    @Pattern(regexp = OfferLimits.CODE_PATTERN, message = OfferLimits.CODE_MESSAGE)
                    String fieldCode,
            @QueryParam("provinceCode")
                    @Size(max = OfferLimits.PROVINCE_CODE)
                    @Pattern(regexp = OfferLimits.PROVINCE_CODE_PATTERN, message = OfferLimits.PROVINCE_CODE_MESSAGE)
                    String provinceCode,
            @QueryParam("workMode")
                    @Pattern(regexp = "ONSITE|REMOTE|HYBRID", message = "must be ONSITE, REMOTE or HYBRID")
                    String workMode,
            @QueryParam("competencyItemId")
                    @Parameter(description = "Offers requiring this CASE competency item")
                    @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE)
                    String competencyItemId,
            @QueryParam("deadlineAfter")
                    @Parameter(description = "Offers taking applications after this day (validThrough later than it)")
                    @Size(max = 10)
                    @Pattern(regexp = DATE_PATTERN, message = "must be a date such as 2027-03-01")
                    String deadlineAfter,
            @QueryParam("cursor")
                    @Parameter(description = "nextCursor of the page before")
                    @Size(max = Cursors.MAX_LENGTH)
                    String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(MAX_LIMIT) int limit) {
        OfferSearch search = new OfferSearch(
                Optional.ofNullable(q).filter(text -> !text.isBlank()),
                Optional.ofNullable(fieldCode),
                Optional.ofNullable(provinceCode),
                Optional.ofNullable(workMode).map(WorkMode::valueOf),
                Optional.ofNullable(competencyItemId).map(Uuids::parse),
                Optional.ofNullable(deadlineAfter).map(OfferDiscoveryResource::date),
                Optional.ofNullable(cursor).map(OfferDiscoveryResource::position),
                limit);
        CursorPage<PostedOffer> page = discovery.searchOffers(search);
        return new CursorPage<>(
                page.items().stream().map(OfferSummaryResponse::of).toList(), page.nextCursor());
    }

    @GET
    @Path("/{offerId}")
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, JobPostingMapper.MEDIA_TYPE})
    @Operation(
            operationId = "getOffer",
            summary = "Read an offer by id: any published one (open, closed or cancelled), or a draft of your own;"
                    + " Accept application/ld+json for its schema.org JobPosting",
            description = "Public: no token is needed to read a published offer, so job boards and search engines"
                    + " can index it; a draft is found only by its own business (404 to everyone else). The JSON-LD form follows schema.org"
                    + " JobPosting as job boards and search engines read it: hiringOrganization, jobLocation or"
                    + " jobLocationType TELECOMMUTE, baseSalary (VND per month), totalJobOpenings.")
    @APIResponse(
            responseCode = "200",
            description = "The offer, as JSON or as a schema.org JobPosting in JSON-LD",
            headers = @Header(name = ETags.HEADER),
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = PostedOfferResponse.class)),
                @Content(mediaType = JobPostingMapper.MEDIA_TYPE, schema = @Schema(implementation = JobPosting.class))
            })
    @APIResponse(responseCode = "404", description = "not-found: no offer with this id that you may see")
    public Response getOffer(
            @PathParam("offerId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String offerId,
            @Context Request request) {
        UUID id = Uuids.require("path.offerId", offerId);
        PostedOffer posted = discovery
                .findOffer(id, viewer())
                .orElseThrow(() -> DomainException.notFound("No offer " + offerId + " that you may see"));
        Variant variant = request.selectVariant(VARIANTS);
        boolean jsonLd = variant != null
                && JobPostingMapper.MEDIA_TYPE.equals(variant.getMediaType().toString());
        Object body = jsonLd ? JobPostingMapper.of(posted) : PostedOfferResponse.of(posted);
        // One URL, two representations: caches must key them by Accept
        return Response.ok(body, jsonLd ? JobPostingMapper.MEDIA_TYPE : MediaType.APPLICATION_JSON)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .tag(ETags.of(posted.offer().version()))
                .build();
    }

    private OfferViewer viewer() {
        Optional<UUID> business =
                caller.hasRole(Roles.BUSINESS) ? caller.organizationId().map(Uuids::parse) : Optional.empty();
        return new OfferViewer(caller.hasRole(Roles.STATE), business);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("query.deadlineAfter", "must be a date such as 2027-03-01");
        }
    }

    private static OfferSearch.Position position(String cursor) {
        return OfferCursors.decode(cursor)
                .orElseThrow(() -> DomainException.invalid("query.cursor", "not a cursor from this API"));
    }

    /** The page's schema: {@link CursorPage} of open offers, with this endpoint's bounds. */
    @Schema(name = "OfferPage", description = "Open offers, newest first, and where to read on")
    record OfferPage(
            @Schema(maxItems = MAX_LIMIT) List<OfferSummaryResponse> items,

            @Schema(maxLength = Cursors.MAX_LENGTH, description = "Send it as cursor to read the next page")
            String nextCursor) {}
}
