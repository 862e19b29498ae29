package vn.practica.placement.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.practica.placement.placement.PlacementReadService;
import vn.practica.placement.placement.Requester;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.security.Caller;
import vn.practica.platform.security.Roles;

/**
 * A placement's evaluations, blind until each party submitted its own: the mentor's and the supervisor's of the
 * learner, the student's of the placement; the State reads aggregates only.
 */
@Path("/api/v1/placements/{placementId}/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations", description = "Blind two-way evaluations of a placement, final once submitted")
public class EvaluationResource {
    private static final String NOT_FOUND = "not-found: no placement with this id that you may see";
    private static final String CONFLICT = "evaluation-already-submitted (evaluator); evaluation-window-not-open"
            + " (opensAt); evaluation-window-closed (closesAt); evaluation-placement-not-evaluable";

    private final EvaluationService evaluations;
    private final PlacementReadService placements;
    private final Caller caller;

    EvaluationResource(EvaluationService evaluations, PlacementReadService placements, Caller caller) {
        this.evaluations = evaluations;
        this.placements = placements;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.STUDENT, Roles.SCHOOL, Roles.BUSINESS, Roles.STATE})
    @Operation(
            operationId = "getEvaluations",
            summary = "Read a placement's evaluations as you may see them (its student, school, business, or the"
                    + " State)",
            description = "Every party sees which evaluations are in. Another party's scores and comments stay"
                    + " hidden until you submitted your own, or until the window closed. The State reads the"
                    + " window, which are in and the aggregates (mean score per learning objective, the student's"
                    + " scores), never a comment.")
    @APIResponse(
            responseCode = "200",
            description = "The evaluations",
            content = @Content(schema = @Schema(implementation = EvaluationsResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    public EvaluationsResponse getEvaluations(
            @PathParam("placementId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String placementId) {
        UUID id = Uuids.require("path.placementId", placementId);
        return placements
                .findAccess(id, Requester.of(caller))
                .map(evaluations::readEvaluations)
                .map(EvaluationsResponse::of)
                .orElseThrow(() -> notFound(id));
    }

    @POST
    @Path("/learner")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SCHOOL, Roles.BUSINESS})
    @Operation(
            operationId = "evaluateLearner",
            summary = "Score the learner on every learning objective and evaluation area (the business's mentor, the"
                    + " school's supervisor; for a school's course the school alone); final",
            description = "Taken while the evaluation window is open: from when approved hours reach the agreed"
                    + " total, or the day after the agreed end date, for practica.evaluations.window-days days. Once"
                    + " both evaluations of the learner are in and the hours reached the total, the placement is"
                    + " COMPLETED in the same transaction.")
    @APIResponse(
            responseCode = "201",
            description = "The evaluations as you now see them (the others' too)",
            content = @Content(schema = @Schema(implementation = EvaluationsResponse.class)))
    @APIResponse(responseCode = "403", description = "forbidden: not the mentor's or the supervisor's party")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = CONFLICT)
    @APIResponse(responseCode = "422", description = "evaluation-scores-mismatch (itemIds, areaCodes)")
    public Response evaluateLearner(
            @PathParam("placementId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String placementId,
            @Valid @NotNull EvaluateLearnerRequest request) {
        UUID id = Uuids.require("path.placementId", placementId);
        return created(evaluations.evaluateLearner(id, Requester.of(caller), request.scores()));
    }

    @POST
    @Path("/placement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.STUDENT)
    @Operation(
            operationId = "evaluatePlacement",
            summary = "Score the placement: mentoring quality, learning value, workload (its student); final",
            description = "Taken while the evaluation window is open, also after the placement completed.")
    @APIResponse(
            responseCode = "201",
            description = "The evaluations as you now see them (the others' too)",
            content = @Content(schema = @Schema(implementation = EvaluationsResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = CONFLICT)
    public Response evaluatePlacement(
            @PathParam("placementId") @Pattern(regexp = Uuids.PATTERN, message = Uuids.MESSAGE) String placementId,
            @Valid @NotNull EvaluatePlacementRequest request) {
        UUID id = Uuids.require("path.placementId", placementId);
        return created(evaluations.evaluatePlacement(id, Requester.of(caller), request.scores()));
    }

    private static Response created(EvaluationsView view) {
        return Response.status(Response.Status.CREATED)
                .header(
                        "Location",
                        "/api/v1/placements/" + view.access().placement().id() + "/evaluations")
                .entity(EvaluationsResponse.of(view))
                .build();
    }

    private static DomainException notFound(UUID id) {
        return DomainException.notFound("No placement " + id + " that you may see");
    }
}
