package vn.practica.placement.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.practica.placement.placement.PlacementResponse;
import vn.practica.placement.placement.Requester;
import vn.practica.platform.http.ETags;
import vn.practica.platform.http.IfMatch;
import vn.practica.platform.http.OptionalJsonBody;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.idempotency.IdempotencyKey;
import vn.practica.platform.idempotency.IdempotentRequests;
import vn.practica.platform.security.Caller;
import vn.practica.platform.security.Roles;

/**
 * One application: read by its applicant, the business, the student's school or the State; moved by the business
 * (shortlist, offer, reject) or by the applicant (withdraw, decline, accept). Every move needs If-Match and
 * honours Idempotency-Key.
 */
@Path("/api/v1/applications/{applicationId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications", description = "Applications to offers, from students and from schools for a course")
public class ApplicationResource {
    static final String NOT_FOUND = "not-found: no application with this id that you may see";
    private static final String STALE =
            "stale-version: the application changed since the If-Match version;" + " invalid-if-match";
    private static final String IF_MATCH_REQUIRED = "if-match-required: send the ETag of the version you read";
    private static final String NOT_ALLOWED = "application-transition-not-allowed: the status (applicationStatus)"
            + " does not allow it; idempotency-key-in-flight";

    private final ApplicationReadService reads;
    private final ApplicationLifecycleService lifecycle;
    private final IdempotentRequests idempotent;
    private final OptionalJsonBody bodies;
    private final Caller caller;

    ApplicationResource(
            ApplicationReadService reads,
            ApplicationLifecycleService lifecycle,
            IdempotentRequests idempotent,
            OptionalJsonBody bodies,
            Caller caller) {
        this.reads = reads;
        this.lifecycle = lifecycle;
        this.idempotent = idempotent;
        this.bodies = bodies;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.STUDENT, Roles.SCHOOL, Roles.BUSINESS, Roles.STATE})
    @Operation(
            operationId = "getApplication",
            summary = "Read an application: its applicant, the business, the student's school or the State; the"
                    + " ETag is its version",
            description = "The applicant and the business read the motivation and answers; the business also the"
                    + " student's profile and competency coverage, and their contact once the application is"
                    + " ACCEPTED; the school its student's own id; the State none of these.")
    @APIResponse(
            responseCode = "200",
            description = "The application as you may see it",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response getApplication(
            @PathParam("applicationId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE)
                    String applicationId) {
        UUID id = Uuids.require("path.applicationId", applicationId);
        return ok(reads.findApplication(id, Requester.of(caller))
                .orElseThrow(() -> ApplicationLifecycleService.notFound(id)));
    }

    @POST
    @Path("/shortlist")
    @RolesAllowed(Roles.BUSINESS)
    @Operation(
            operationId = "shortlistApplication",
            summary = "Shortlist a submitted application (the business); If-Match required")
    @APIResponse(
            responseCode = "200",
            description = "The application, SHORTLISTED",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = NOT_ALLOWED)
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "422", description = "idempotency-key-reused")
    @APIResponse(responseCode = "428", description = IF_MATCH_REQUIRED)
    public Response shortlistApplication(
            @PathParam("applicationId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String applicationId,
            @HeaderParam(IfMatch.HEADER) @Parameter(required = true) String ifMatch,
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey) {
        return move(applicationId, ifMatch, idempotencyKey, lifecycle::shortlistApplication);
    }

    @POST
    @Path("/offer")
    @RolesAllowed(Roles.BUSINESS)
    @Operation(
            operationId = "offerApplication",
            summary = "Offer the applicant a place, to accept by respondBy (the business); If-Match required",
            description = "A submitted or shortlisted application. The body is optional: respondBy defaults to 7"
                    + " days from today, or the offer's start if sooner; it is never after the start, and once the"
                    + " work has started no place is offered. Unanswered by respondBy, the offer expires.")
    @APIResponse(
            responseCode = "200",
            description = "The application, OFFERED",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = NOT_ALLOWED + "; offer-already-started")
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "422", description = "idempotency-key-reused")
    @APIResponse(responseCode = "428", description = IF_MATCH_REQUIRED)
    public Response offerApplication(
            @PathParam("applicationId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String applicationId,
            @HeaderParam(IfMatch.HEADER) @Parameter(required = true) String ifMatch,
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) @Parameter(hidden = true) String contentType,
            @RequestBody(
                            required = false,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = ApplicationOfferRequest.class)))
                    byte[] body)
            throws IOException {
        Optional<LocalDate> respondBy =
                bodies.read(body, contentType, ApplicationOfferRequest.class).map(ApplicationOfferRequest::respondBy);
        return move(
                applicationId,
                ifMatch,
                idempotencyKey,
                (id, requester, expected) -> lifecycle.offerApplication(id, requester, respondBy, expected));
    }

    @POST
    @Path("/reject")
    @RolesAllowed(Roles.BUSINESS)
    @Operation(
            operationId = "rejectApplication",
            summary = "Reject an open application, optionally with a reason for the applicant (the business);"
                    + " If-Match required",
            description = "The reason (up to 1,000 characters) is shown to the applicant and never announced.")
    @APIResponse(
            responseCode = "200",
            description = "The application, REJECTED",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = NOT_ALLOWED)
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "422", description = "idempotency-key-reused")
    @APIResponse(responseCode = "428", description = IF_MATCH_REQUIRED)
    public Response rejectApplication(
            @PathParam("applicationId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String applicationId,
            @HeaderParam(IfMatch.HEADER) @Parameter(required = true) String ifMatch,
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) @Parameter(hidden = true) String contentType,
            @RequestBody(
                            required = false,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = RejectApplicationRequest.class)))
                    byte[] body)
            throws IOException {
        Optional<String> reason = bodies.read(body, contentType, RejectApplicationRequest.class)
                .map(RejectApplicationRequest::reason)
                .map(String::strip)
                .filter(text -> !text.isEmpty());
        return move(
                applicationId,
                ifMatch,
                idempotencyKey,
                (id, requester, expected) -> lifecycle.rejectApplication(id, requester, reason, expected));
    }

    @POST
    @Path("/withdraw")
    @RolesAllowed({Roles.STUDENT, Roles.SCHOOL})
    @Operation(
            operationId = "withdrawApplication",
            summary = "Withdraw your submitted, shortlisted or offered application (the applicant); If-Match"
                    + " required",
            description = "A withdrawn application stays withdrawn: you do not apply to the same offer again.")
    @APIResponse(
            responseCode = "200",
            description = "The application, WITHDRAWN",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = NOT_ALLOWED)
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "422", description = "idempotency-key-reused")
    @APIResponse(responseCode = "428", description = IF_MATCH_REQUIRED)
    public Response withdrawApplication(
            @PathParam("applicationId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String applicationId,
            @HeaderParam(IfMatch.HEADER) @Parameter(required = true) String ifMatch,
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey) {
        return move(applicationId, ifMatch, idempotencyKey, lifecycle::withdrawApplication);
    }

    @POST
    @Path("/decline")
    @RolesAllowed({Roles.STUDENT, Roles.SCHOOL})
    @Operation(
            operationId = "declineApplication",
            summary = "Decline the place you were offered (the applicant); If-Match required")
    @APIResponse(
            responseCode = "200",
            description = "The application, DECLINED",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = NOT_ALLOWED)
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "422", description = "idempotency-key-reused")
    @APIResponse(responseCode = "428", description = IF_MATCH_REQUIRED)
    public Response declineApplication(
            @PathParam("applicationId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String applicationId,
            @HeaderParam(IfMatch.HEADER) @Parameter(required = true) String ifMatch,
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey) {
        return move(applicationId, ifMatch, idempotencyKey, lifecycle::declineApplication);
    }

    @POST
    @Path("/accept")
    @RolesAllowed({Roles.STUDENT, Roles.SCHOOL})
    @Operation(
            operationId = "acceptApplication",
            summary = "Accept the place you were offered (the applicant): the placement is proposed and takes one"
                    + " of the offer's seats; If-Match required",
            description = "All or nothing: when every seat is taken (409 offer-full) the application stays OFFERED"
                    + " and nothing is written. Seats never overbook, whatever the races. An offer past its"
                    + " respondBy day is refused (409 application-offer-expired).")
    @APIResponse(
            responseCode = "201",
            description = "The placement, PROPOSED; Location names it",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = PlacementResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            description = "offer-full: every seat is taken; application-offer-expired; " + NOT_ALLOWED)
    @APIResponse(responseCode = "412", description = STALE)
    @APIResponse(responseCode = "422", description = "idempotency-key-reused")
    @APIResponse(responseCode = "428", description = IF_MATCH_REQUIRED)
    public Response acceptApplication(
            @PathParam("applicationId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String applicationId,
            @HeaderParam(IfMatch.HEADER) @Parameter(required = true) String ifMatch,
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey) {
        UUID id = Uuids.require("path.applicationId", applicationId);
        OptionalLong expected = IfMatch.required(ifMatch);
        Requester requester = Requester.of(caller);
        return idempotent.execute(
                idempotencyKey, () -> PlacementResponse.created(lifecycle.acceptApplication(id, requester, expected)));
    }

    /** One move of an application by the caller, against the version the caller read. */
    @FunctionalInterface
    private interface Move {
        ApplicationView apply(UUID id, Requester requester, OptionalLong expectedVersion);
    }

    /** The path id and If-Match checked, the move made once per Idempotency-Key, answered with the new ETag. */
    private Response move(String applicationId, String ifMatch, String idempotencyKey, Move move) {
        UUID id = Uuids.require("path.applicationId", applicationId);
        OptionalLong expected = IfMatch.required(ifMatch);
        Requester requester = Requester.of(caller);
        return idempotent.execute(idempotencyKey, () -> ok(move.apply(id, requester, expected)));
    }

    static Response ok(ApplicationView view) {
        return Response.ok(ApplicationResponse.of(view))
                .tag(ETags.of(view.application().version()))
                .build();
    }
}
