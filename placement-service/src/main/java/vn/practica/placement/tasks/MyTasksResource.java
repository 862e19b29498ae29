package vn.practica.placement.tasks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.practica.placement.placement.Requester;
import vn.practica.platform.security.Caller;
import vn.practica.platform.security.Roles;

/** "What needs me": the caller's open tasks across the placements they are a party to. */
@Path("/api/v1/me/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "What needs you, and what changed since you last looked")
public class MyTasksResource {
    static final int MAX_LIMIT = 200;

    private final MyTasksService tasks;
    private final Caller caller;

    MyTasksResource(MyTasksService tasks, Caller caller) {
        this.tasks = tasks;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.STUDENT, Roles.SCHOOL, Roles.BUSINESS})
    @Operation(
            operationId = "listMyTasks",
            summary = "List what needs you (a student, a school, a business): agreements to confirm, logbook entries"
                    + " to approve or to revise, evaluations due",
            description = "Over your placements, newest first: PROPOSED ones whose agreement's current version you"
                    + " have not confirmed; ACTIVE ones with entries awaiting your decision (the approver) or"
                    + " returned to you (the recorder); ACTIVE or COMPLETED ones whose evaluation window is open"
                    + " and your evaluation not given. A school or a business answers for the organization.")
    @APIResponse(
            responseCode = "200",
            description = "At most limit tasks",
            content = @Content(schema = @Schema(implementation = TaskList.class)))
    public TaskList listMyTasks(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(MAX_LIMIT) int limit) {
        return new TaskList(tasks.listTasks(Requester.of(caller), limit).stream()
                .map(TaskResponse::of)
                .toList());
    }

    /** The caller's tasks. */
    @Schema(name = "TaskList", description = "What needs you")
    public record TaskList(@Schema(maxItems = MAX_LIMIT) List<TaskResponse> items) {}
}
