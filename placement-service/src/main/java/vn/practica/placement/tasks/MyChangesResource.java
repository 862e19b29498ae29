package vn.practica.placement.tasks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.practica.placement.notification.FeedChange;
import vn.practica.placement.placement.Requester;
import vn.practica.platform.paging.Cursors;
import vn.practica.platform.security.Caller;
import vn.practica.platform.security.Roles;

/** The caller's change feed: what changed in their placements since a cursor, to pull instead of being pushed. */
@Path("/api/v1/me/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class MyChangesResource {
    static final int MAX_LIMIT = 200;

    private final MyChangesService changes;
    private final Caller caller;

    MyChangesResource(MyChangesService changes, Caller caller) {
        this.changes = changes;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.STUDENT, Roles.SCHOOL, Roles.BUSINESS})
    @Operation(
            operationId = "listMyChanges",
            summary = "Pull what changed in your placements after a cursor, oldest first (a student, a school, a"
                    + " business)",
            description = "Every audited step of your placements (transitions, agreement changes and"
                    + " confirmations, logbook entries submitted, approved or returned, evaluations submitted,"
                    + " completion), written in the same transaction as the step. Without after, from the first."
                    + " Keep the answer's cursor and send it as after next time; it stays put when nothing is new.")
    @APIResponse(
            responseCode = "200",
            description = "At most limit changes and the cursor to send next",
            content = @Content(schema = @Schema(implementation = ChangesResponse.class)))
    @APIResponse(responseCode = "404", description = "not-found: a student with no record tied to the login")
    public ChangesResponse listMyChanges(
            @QueryParam("after") @Parameter(description = "cursor of an earlier answer") @Size(max = Cursors.MAX_LENGTH)
                    String after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(MAX_LIMIT) int limit) {
        MyChangesService.ChangesPage page = changes.readChanges(Requester.of(caller), after, limit);
        return new ChangesResponse(
                page.changes().stream().map(ChangeResponse::of).toList(), page.cursor());
    }

    /** The changes and the cursor to send next. */
    @Schema(name = "ChangesResponse", description = "Changes oldest first, and the cursor to send as after next")
    public record ChangesResponse(
            @Schema(maxItems = MAX_LIMIT) List<ChangeResponse> items,
            @Schema(maxLength = Cursors.MAX_LENGTH) String cursor) {}

    /** One change of one of your placements; no names and nothing anyone wrote. */
    @Schema(name = "ChangeResponse")
    public record ChangeResponse(
            UUID placementId,

            @Schema(maxLength = 24, description = "As the audit trail names it: AGREED, ENTRY_APPROVED, ...")
            String action,

            @Schema(maxLength = 16) String placementStatus,

            @Schema(maxLength = 8, description = "STUDENT, SCHOOL, BUSINESS or SYSTEM")
            String actorRole,

            Instant at) {
        static ChangeResponse of(FeedChange change) {
            var n = change.notice();
            return new ChangeResponse(n.placementId(), n.action(), n.placementStatus(), n.actorRole(), n.at());
        }
    }
}
