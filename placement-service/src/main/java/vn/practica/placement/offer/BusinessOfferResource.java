package vn.practica.placement.offer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.OptionalLong;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.practica.platform.http.Created;
import vn.practica.platform.http.ETags;
import vn.practica.platform.http.IfMatch;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.idempotency.IdempotencyKey;
import vn.practica.platform.idempotency.IdempotentRequests;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.security.Caller;
import vn.practica.platform.security.Roles;
import vn.practica.platform.upsert.Upsert;

/**
 * One offer of a business, by the business's own id: upserted by its system, read back, opened, closed or
 * cancelled. Only the business itself writes; the State may read.
 */
@Path("/api/v1/businesses/{businessId}/offers/{externalRef}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Offers", description = "Offers businesses post, by their own ids, and find for students and schools")
public class BusinessOfferResource {
    static final String OFFER_NOT_FOUND = "not-found: your organization has no offer with this externalRef";
    private static final String STALE = "stale-version: the offer changed since the If-Match version; invalid-if-match";
    private static final String IF_MATCH_REQUIRED = "if-match-required: send the ETag of the version you read";
    private static final String KEY_REUSED = "idempotency-key-reused";

    private final BusinessOfferService offers;
    private final OfferLifecycleService lifecycle;
    private final IdempotentRequests idempotent;
    private final Caller caller;

    BusinessOfferResource(
            BusinessOfferService offers,
            OfferLifecycleService lifecycle,
            IdempotentRequests idempotent,
            Caller caller) {
        this.offers = offers;
        this.lifecycle = lifecycle;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BUSINESS)
    @Operation(
            operationId = "upsertOffer",
            summary = "Create or replace your offer by your own id; the same offer again changes nothing",
            description = "A new externalRef makes a DRAFT (201). Changing an OPEN offer announces the change. The"
                    + " offer keeps the cooperation model version it was made under while it names the same"
                    + " model. If-Match is optional; when sent it must be the current version.")
    @APIResponse(
            responseCode = "200",
            description = "Changed, or unchanged when it held this content already",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = OfferResponse.class)))
    @APIResponse(
            responseCode = "201",
            description = "Created as a DRAFT; Location names it",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = OfferResponse.class)))
    @APIResponse(responseCode = "404", description = "not-found: no organization with this id is known here yet")
    @APIResponse(
            responseCode = "409",
            description = "offer-not-editable: closed or cancelled; seats-below-taken; concurrent-change")
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "422", description = "not-a-business: the organization is not a business")
    public Response upsertOffer(
            @PathParam("businessId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String businessId,
            @PathParam("externalRef")
                    @Size(max = OfferLimits.EXTERNAL_REF)
                    @Pattern(regexp = OfferLimits.EXTERNAL_REF_PATTERN, message = OfferLimits.EXTERNAL_REF_MESSAGE)
                    String externalRef,
            @HeaderParam(IfMatch.HEADER) String ifMatch,
            @Valid @NotNull OfferRequest request) {
        UUID business = ownBusiness(businessId, "A business changes only its own offers");
        UpsertedOffer upserted = offers.upsertOffer(business, externalRef, request.content(), IfMatch.version(ifMatch));
        Response.ResponseBuilder answer = upserted.outcome() == Upsert.Outcome.CREATED
                ? Created.atTemplate(BusinessOfferResource.class, business, externalRef)
                : Response.ok();
        return answer.tag(ETags.of(upserted.offer().version()))
                .entity(OfferResponse.of(upserted.offer()))
                .build();
    }

    @GET
    @RolesAllowed({Roles.BUSINESS, Roles.STATE})
    @Operation(
            operationId = "getBusinessOffer",
            summary = "Read your offer by your own id, whole (the business itself, or the State); the ETag is its"
                    + " version",
            description = "Unlike GET /api/v1/offers/{id}, this shows drafts, the mentors and the externalRef, and"
                    + " reads by the id your own system keeps.")
    @APIResponse(
            responseCode = "200",
            description = "The offer",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = OfferResponse.class)))
    @APIResponse(responseCode = "404", description = OFFER_NOT_FOUND)
    public Response getBusinessOffer(
            @PathParam("businessId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String businessId,
            @PathParam("externalRef")
                    @Size(max = OfferLimits.EXTERNAL_REF)
                    @Pattern(regexp = OfferLimits.EXTERNAL_REF_PATTERN, message = OfferLimits.EXTERNAL_REF_MESSAGE)
                    String externalRef) {
        UUID business = ownBusiness(businessId, "A business reads only its own offers by their externalRef");
        return ok(offers.findOffer(business, externalRef).orElseThrow(() -> notFound(externalRef)));
    }

    @POST
    @Path("/open")
    @RolesAllowed(Roles.BUSINESS)
    @Operation(
            operationId = "openOffer",
            summary = "Open a draft to applications and announce it; If-Match required",
            description = "Only a business the State verified opens offers, and only while the start date and the"
                    + " deadline (validThrough) are today or later, the field is active and the cooperation model"
                    + " takes new work.")
    @APIResponse(
            responseCode = "200",
            description = "The offer, OPEN",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = OfferResponse.class)))
    @APIResponse(responseCode = "404", description = OFFER_NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            description = "offer-transition-not-allowed: not a DRAFT; offer-not-openable (errors name each"
                    + " reason); organization-not-verified; idempotency-key-in-flight")
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "422", description = "not-a-business; " + KEY_REUSED)
    @APIResponse(responseCode = "428", description = IF_MATCH_REQUIRED)
    public Response openOffer(
            @PathParam("businessId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String businessId,
            @PathParam("externalRef")
                    @Size(max = OfferLimits.EXTERNAL_REF)
                    @Pattern(regexp = OfferLimits.EXTERNAL_REF_PATTERN, message = OfferLimits.EXTERNAL_REF_MESSAGE)
                    String externalRef,
            @HeaderParam(IfMatch.HEADER) @Parameter(required = true) String ifMatch,
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey) {
        UUID business = ownBusiness(businessId, "A business opens only its own offers");
        OptionalLong expected = IfMatch.required(ifMatch);
        return idempotent.execute(idempotencyKey, () -> ok(lifecycle.openOffer(business, externalRef, expected)));
    }

    @POST
    @Path("/close")
    @RolesAllowed(Roles.BUSINESS)
    @Operation(
            operationId = "closeOffer",
            summary = "Close an open offer to new applications and announce it; placements made stand; If-Match"
                    + " required",
            description = "The offer stays readable by id; discovery no longer lists it. A closed offer is cancelled"
                    + " still, with a reason, if the work does not happen.")
    @APIResponse(
            responseCode = "200",
            description = "The offer, CLOSED",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = OfferResponse.class)))
    @APIResponse(responseCode = "404", description = OFFER_NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            description = "offer-transition-not-allowed: not OPEN; idempotency-key-in-flight")
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "422", description = "not-a-business; " + KEY_REUSED)
    @APIResponse(responseCode = "428", description = IF_MATCH_REQUIRED)
    public Response closeOffer(
            @PathParam("businessId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String businessId,
            @PathParam("externalRef")
                    @Size(max = OfferLimits.EXTERNAL_REF)
                    @Pattern(regexp = OfferLimits.EXTERNAL_REF_PATTERN, message = OfferLimits.EXTERNAL_REF_MESSAGE)
                    String externalRef,
            @HeaderParam(IfMatch.HEADER) @Parameter(required = true) String ifMatch,
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey) {
        UUID business = ownBusiness(businessId, "A business closes only its own offers");
        OptionalLong expected = IfMatch.required(ifMatch);
        return idempotent.execute(idempotencyKey, () -> ok(lifecycle.closeOffer(business, externalRef, expected)));
    }

    @POST
    @Path("/cancel")
    // Explicit: a body type with one String member would otherwise also be read from text/plain
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.BUSINESS)
    @Operation(
            operationId = "cancelOffer",
            summary = "Cancel a draft, open or closed offer with a reason; a published one is announced with the"
                    + " reason, for those who applied; If-Match required",
            description = "A draft, open or closed offer may be cancelled. The reason (1 to 1,000 characters) is kept"
                    + " and, for an offer that was published, sent in offer.cancelled for those who applied.")
    @APIResponse(
            responseCode = "200",
            description = "The offer, CANCELLED",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = OfferResponse.class)))
    @APIResponse(responseCode = "404", description = OFFER_NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            description = "offer-transition-not-allowed: cancelled already; idempotency-key-in-flight")
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "422", description = "not-a-business; " + KEY_REUSED)
    @APIResponse(responseCode = "428", description = IF_MATCH_REQUIRED)
    public Response cancelOffer(
            @PathParam("businessId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String businessId,
            @PathParam("externalRef")
                    @Size(max = OfferLimits.EXTERNAL_REF)
                    @Pattern(regexp = OfferLimits.EXTERNAL_REF_PATTERN, message = OfferLimits.EXTERNAL_REF_MESSAGE)
                    String externalRef,
            @HeaderParam(IfMatch.HEADER) @Parameter(required = true) String ifMatch,
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid @NotNull CancelOfferRequest request) {
        UUID business = ownBusiness(businessId, "A business cancels only its own offers");
        OptionalLong expected = IfMatch.required(ifMatch);
        return idempotent.execute(
                idempotencyKey, () -> ok(lifecycle.cancelOffer(business, externalRef, request.reason(), expected)));
    }

    /** The business in the path, when the caller acts for it (the State may read any). */
    private UUID ownBusiness(String businessId, String refusal) {
        UUID business = Uuids.require("path.businessId", businessId);
        caller.requireOwnOrganization(Roles.BUSINESS, business, refusal);
        return business;
    }

    private static Response ok(Offer offer) {
        return Response.ok(OfferResponse.of(offer))
                .tag(ETags.of(offer.version()))
                .build();
    }

    private static DomainException notFound(String externalRef) {
        return DomainException.notFound("Your organization has no offer " + externalRef);
    }
}
