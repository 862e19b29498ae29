package vn.practica.placement.offer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path.Node;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.paging.CursorPage;
import vn.practica.platform.paging.Cursors;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.ratelimit.RateLimitGroup;
import vn.practica.platform.ratelimit.RateLimited;
import vn.practica.platform.security.Caller;
import vn.practica.platform.security.Roles;

/** A business's offers as a whole: upserted in bulk by its system, listed back. Only its own. */
@Path("/api/v1/businesses/{businessId}/offers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Offers")
public class BusinessOfferListResource {
    static final int MAX_LIMIT = 200;
    private static final String STATUSES = "DRAFT|OPEN|CLOSED|CANCELLED";

    private final BusinessOfferService offers;
    private final Validator validator;
    private final Caller caller;

    BusinessOfferListResource(BusinessOfferService offers, Validator validator, Caller caller) {
        this.offers = offers;
        this.validator = validator;
        this.caller = caller;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BUSINESS)
    @RateLimited(RateLimitGroup.BULK)
    @Operation(
            operationId = "upsertOffers",
            summary = "Create or replace up to " + OfferLimits.MAX_ROWS + " of your offers by your own ids;"
                    + " per-row results; idempotent",
            description = "Rows are judged one by one: a row that breaks a bound of its schema, a rule across its"
                    + " members (dates, province) or names an unknown or retired field, competency item or"
                    + " cooperation model, or changes a closed or cancelled offer, is rejected with its reason, and"
                    + " the other rows still apply. The same rows again change nothing and emit nothing.")
    @APIResponse(
            responseCode = "200",
            description = "One result per row, in the order sent",
            content = @Content(schema = @Schema(implementation = OfferBatchResponse.class)))
    @APIResponse(responseCode = "404", description = "not-found: no organization with this id is known here yet")
    @APIResponse(
            responseCode = "413",
            description = "row-limit-exceeded: more than " + OfferLimits.MAX_ROWS + " rows; body-too-large")
    @APIResponse(responseCode = "422", description = "not-a-business: the organization is not a business")
    public OfferBatchResponse upsertOffers(
            @PathParam("businessId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String businessId,
            @NotNull OfferBatchRequest request) {
        UUID business = Uuids.require("path.businessId", businessId);
        caller.requireOwnOrganization(Roles.BUSINESS, business, "A business changes only its own offers");
        List<OfferBatchRequest.OfferRow> rows = request.rows();
        if (rows.size() > OfferLimits.MAX_ROWS) {
            throw new DomainException(
                    OfferProblems.ROW_LIMIT_EXCEEDED,
                    rows.size() + " offers in one batch; send at most " + OfferLimits.MAX_ROWS + " per request");
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == null) {
                throw DomainException.invalid("body.offers[" + i + "]", "must be a row object, not null");
            }
        }
        return OfferBatchResponse.of(
                offers.upsertOffers(business, rows.stream().map(this::judged).toList()));
    }

    @GET
    @RolesAllowed({Roles.BUSINESS, Roles.STATE})
    @Operation(
            operationId = "listBusinessOffers",
            summary = "Your offers in externalRef order, whole, a page at a time (the business itself, or the"
                    + " State); optionally of one status",
            description = "Every status, drafts included; pass nextCursor as cursor for the next page.")
    @APIResponse(
            responseCode = "200",
            description = "At most limit offers and the cursor of the next page",
            content = @Content(schema = @Schema(implementation = BusinessOfferPage.class)))
    public CursorPage<OfferResponse> listBusinessOffers(
            @PathParam("businessId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String businessId,
            @QueryParam("status")
                    @Parameter(description = "Only offers in this status")
                    @Pattern(regexp = STATUSES, message = "must be DRAFT, OPEN, CLOSED or CANCELLED")
                    String status,
            @QueryParam("cursor")
                    @Parameter(description = "nextCursor of the page before")
                    @Size(max = Cursors.MAX_LENGTH)
                    String cursor,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(MAX_LIMIT) int limit) {
        UUID business = Uuids.require("path.businessId", businessId);
        caller.requireOwnOrganization(Roles.BUSINESS, business, "A business lists only its own offers");
        CursorPage<Offer> page = offers.listOffers(
                business, Optional.ofNullable(status).map(OfferStatus::valueOf), after(cursor), limit);
        return new CursorPage<>(
                page.items().stream().map(OfferResponse::of).toList(),
                page.nextCursor() == null ? null : Cursors.encode(page.nextCursor()));
    }

    /** The row's content, or why its shape already rejects it, naming the members as sent. */
    private OfferUpsertRow judged(OfferBatchRequest.OfferRow row) {
        Set<ConstraintViolation<OfferBatchRequest.OfferRow>> violations = validator.validate(row);
        if (violations.isEmpty()) {
            return OfferUpsertRow.of(row.externalRef(), row.offer().content());
        }
        return OfferUpsertRow.rejected(
                row.externalRef(),
                violations.stream()
                        .map(v -> member(v) + ": " + v.getMessage())
                        .sorted(Comparator.naturalOrder())
                        .collect(Collectors.joining("; ")));
    }

    /** {@code offer.eligibility.yearsOfStudy[2]}, as a client wrote it. */
    private static String member(ConstraintViolation<?> violation) {
        StringBuilder name = new StringBuilder();
        for (Node node : violation.getPropertyPath()) {
            if (node.isInIterable()) {
                name.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                name.append(name.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return name.toString();
    }

    private static Optional<String> after(String cursor) {
        if (cursor == null) {
            return Optional.empty();
        }
        return Optional.of(Cursors.decode(cursor, 1)
                .map(parts -> parts.get(0))
                .filter(ref -> ref.matches(OfferLimits.EXTERNAL_REF_PATTERN))
                .orElseThrow(() -> DomainException.invalid("query.cursor", "not a cursor from this API")));
    }

    /** The page's schema: {@link CursorPage} of offers, with this endpoint's bounds. */
    @Schema(name = "BusinessOfferPage", description = "Your offers in externalRef order and where to read on")
    record BusinessOfferPage(
            @Schema(maxItems = MAX_LIMIT) List<OfferResponse> items,

            @Schema(maxLength = Cursors.MAX_LENGTH, description = "Send it as cursor to read the next page")
            String nextCursor) {}
}
