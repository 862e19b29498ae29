package vn.practica.placement.tasks;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One task: what to do, in which placement, and for logbook tasks how many entries wait. */
@Schema(name = "TaskResponse", description = "Something that needs you")
public record TaskResponse(
        TaskKind kind,
        UUID placementId,

        @Schema(minimum = "1", maximum = "1000000", description = "Entries waiting, for logbook tasks; else 1")
        long count,

        @Schema(maxLength = 200, description = "Where to act")
        String path) {

    static TaskResponse of(Task task) {
        String base = "/api/v1/placements/" + task.placementId();
        String path = switch (task.kind()) {
            case CONFIRM_AGREEMENT -> base + "/agreement";
            case DECIDE_LOGBOOK_ENTRIES -> base + "/logbook/entries?status=SUBMITTED";
            case REVISE_RETURNED_ENTRIES -> base + "/logbook/entries?status=RETURNED";
            case SUBMIT_EVALUATION -> base + "/evaluations";
        };
        return new TaskResponse(task.kind(), task.placementId(), task.count(), path);
    }
}
