package vn.practica.placement.offer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.practica.placement.coverage.ForMeRanking;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.paging.CursorPage;
import vn.practica.platform.paging.Cursors;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.security.Caller;
import vn.practica.platform.security.Roles;

/** "For me": a student's open offers, ranked by what their programme covers of each, with the overlap shown. */
@Path("/api/v1/offers/for-me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.STUDENT)
@Tag(name = "Offers")
public class OfferForMeResource {
    private final OfferForMeService forMe;
    private final Caller caller;

    OfferForMeResource(OfferForMeService forMe, Caller caller) {
        this.forMe = forMe;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "listOffersForMe",
            summary = "Open offers you may apply to, best first for your programme: most of each offer's required"
                    + " competency items your courses teach, then fewest missing, then the earliest deadline",
            description = "For students: the record whose loginSubject is your token's sub. Lists OPEN offers for"
                    + " students (REAL_PROJECT, INTERNSHIP) whose validThrough is today or later (Vietnam time) and"
                    + " whose eligibility (schools, programmes, years) admits you. Coverage comes from catalog's"
                    + " course to competency mappings of your programme. While catalog has not announced your"
                    + " programme (or it covers none of the items), every offer has coveredCount 0 and the order is"
                    + " the deadline's, then the id. The ranking is kept in memory and follows offer changes made"
                    + " through any instance within about 1 second (a change committed more than 10 seconds after"
                    + " it was stamped: within 5 minutes); each offer shown is read fresh, and one closed in between"
                    + " is left out of its page. No words filter (q): search with searchOffers.")
    @APIResponse(
            responseCode = "200",
            description = "At most limit offers, best first, and the cursor of the next page",
            content = @Content(schema = @Schema(implementation = ForMeOfferPage.class)))
    @APIResponse(responseCode = "404", description = "not-found: no student record is tied to your login yet")
    public CursorPage<ForMeOfferResponse> listOffersForMe(
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
                    @Parameter(description = "Only offers requiring this CASE competency item")
                    @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE)
                    String competencyItemId,
            @QueryParam("deadlineAfter")
                    @Parameter(description = "Only offers taking applications after this day (validThrough later)")
                    @Size(max = 10)
                    @Pattern(regexp = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", message = "must be a date such as 2027-03-01")
                    String deadlineAfter,
            @QueryParam("cursor")
                    @Parameter(description = "nextCursor of the page before")
                    @Size(max = Cursors.MAX_LENGTH)
                    String cursor,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(OfferDiscoveryResource.MAX_LIMIT) int limit) {
        ForMeRanking.Filter filter = new ForMeRanking.Filter(
                Optional.ofNullable(fieldCode),
                Optional.ofNullable(provinceCode),
                Optional.ofNullable(workMode).map(m -> WorkMode.valueOf(m).ordinal()),
                Optional.ofNullable(competencyItemId).map(Uuids::parse),
                Optional.ofNullable(deadlineAfter).map(OfferForMeResource::date));
        Optional<ForMeRanking.Position> after = Optional.ofNullable(cursor)
                .map(c -> ForMeCursors.decode(c)
                        .orElseThrow(() -> DomainException.invalid("query.cursor", "not a cursor from this API")));
        CursorPage<OfferForMeService.RankedOffer> page = forMe.rankOffersFor(caller.userId(), filter, after, limit);
        return new CursorPage<>(
                page.items().stream().map(ForMeOfferResponse::of).toList(), page.nextCursor());
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("query.deadlineAfter", "must be a date such as 2027-03-01");
        }
    }

    /** The page's schema: {@link CursorPage} of ranked offers, with this endpoint's bounds. */
    @Schema(name = "ForMeOfferPage", description = "Open offers for you, best first, and where to read on")
    record ForMeOfferPage(
            @Schema(maxItems = OfferDiscoveryResource.MAX_LIMIT)
            List<ForMeOfferResponse> items,

            @Schema(maxLength = Cursors.MAX_LENGTH, description = "Send it as cursor to read the next page")
            String nextCursor) {}
}
