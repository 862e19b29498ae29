package vn.practica.placement.placement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import vn.practica.platform.http.ETags;
import vn.practica.platform.http.IfMatch;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.idempotency.IdempotencyKey;
import vn.practica.platform.idempotency.IdempotentRequests;
import vn.practica.platform.security.Caller;
import vn.practica.platform.security.Roles;

/**
 * One placement: read by its student, its school, its business or the State; withdrawn by one of its parties,
 * which frees its seat.
 */
@Path("/api/v1/placements/{placementId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Placements", description = "Places applicants accepted, each holding one of its offer's seats")
public class PlacementResource {
    static final String NOT_FOUND = "not-found: no placement with this id that you may see";

    private final PlacementReadService reads;
    private final PlacementService placements;
    private final PlacementProgressService progress;
    private final IdempotentRequests idempotent;
    private final Caller caller;

    PlacementResource(
            PlacementReadService reads,
            PlacementService placements,
            PlacementProgressService progress,
            IdempotentRequests idempotent,
            Caller caller) {
        this.reads = reads;
        this.placements = placements;
        this.progress = progress;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.STUDENT, Roles.SCHOOL, Roles.BUSINESS, Roles.STATE})
    @Operation(
            operationId = "getPlacement",
            summary = "Read a placement: its student, its school, its business or the State; the ETag is its version",
            description = "The school also sees its student's own id, the business the student's name and contact;"
                    + " the State sees neither, nor why a placement ended.")
    @APIResponse(
            responseCode = "200",
            description = "The placement as you may see it",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = PlacementResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public Response getPlacement(
            @PathParam("placementId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String placementId) {
        UUID id = Uuids.require("path.placementId", placementId);
        PlacementView view =
                reads.findPlacement(id, Requester.of(caller)).orElseThrow(() -> PlacementService.notFound(id));
        return ok(view);
    }

    @POST
    @Path("/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.STUDENT, Roles.SCHOOL, Roles.BUSINESS})
    @Operation(
            operationId = "withdrawPlacement",
            summary = "End a running placement early with a reason (its student, its school or its business); its"
                    + " seat is free again; If-Match required",
            description = "The reason (1 to 1,000 characters) is kept for the parties and never announced:"
                    + " placement.withdrawn says only who ended it.")
    @APIResponse(
            responseCode = "200",
            description = "The placement, WITHDRAWN",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = PlacementResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            description =
                    "placement-transition-not-allowed: withdrawn or terminated already;" + " idempotency-key-in-flight")
    @APIResponse(
            responseCode = "412",
            description = "stale-version: the placement changed since the If-Match version; invalid-if-match")
    @APIResponse(responseCode = "422", description = "idempotency-key-reused")
    @APIResponse(responseCode = "428", description = "if-match-required: send the ETag of the version you read")
    public Response withdrawPlacement(
            @PathParam("placementId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String placementId,
            @HeaderParam(IfMatch.HEADER) @Parameter(required = true) String ifMatch,
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid @NotNull WithdrawPlacementRequest request) {
        UUID id = Uuids.require("path.placementId", placementId);
        OptionalLong expected = IfMatch.required(ifMatch);
        Requester requester = Requester.of(caller);
        return idempotent.execute(
                idempotencyKey, () -> ok(placements.withdrawPlacement(id, requester, request.reason(), expected)));
    }

    @POST
    @Path("/start")
    @RolesAllowed({Roles.SCHOOL, Roles.BUSINESS})
    @Operation(
            operationId = "startPlacement",
            summary = "Start an AGREED placement now (its school or its business), before or on its agreed start day;"
                    + " If-Match required",
            description = "Without this, the start sweep makes an AGREED placement ACTIVE on its start day (Vietnam"
                    + " time). Announced as placement.started and entered in the audit trail.")
    @APIResponse(
            responseCode = "200",
            description = "The placement, ACTIVE",
            headers = @Header(name = ETags.HEADER),
            content = @Content(schema = @Schema(implementation = PlacementResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            description = "placement-transition-not-allowed: not AGREED (still PROPOSED, or started or ended"
                    + " already); idempotency-key-in-flight")
    @APIResponse(
            responseCode = "412",
            description = "stale-version: the placement changed since the If-Match version; invalid-if-match")
    @APIResponse(responseCode = "422", description = "idempotency-key-reused")
    @APIResponse(responseCode = "428", description = "if-match-required: send the ETag of the version you read")
    public Response startPlacement(
            @PathParam("placementId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String placementId,
            @HeaderParam(IfMatch.HEADER) @Parameter(required = true) String ifMatch,
            @HeaderParam(IdempotencyKey.HEADER) String idempotencyKey) {
        UUID id = Uuids.require("path.placementId", placementId);
        OptionalLong expected = IfMatch.required(ifMatch);
        Requester requester = Requester.of(caller);
        return idempotent.execute(idempotencyKey, () -> ok(progress.startPlacement(id, requester, expected)));
    }

    private static Response ok(PlacementView view) {
        return Response.ok(PlacementResponse.of(view))
                .tag(ETags.of(view.placement().version()))
                .build();
    }
}
