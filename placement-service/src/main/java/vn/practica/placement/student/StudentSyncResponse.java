package vn.practica.placement.student;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Counts per outcome and one result per row, in the order sent. */
@Schema(name = "StudentSyncResponse", description = "Counts per outcome and one result per row, in the order sent")
public record StudentSyncResponse(
        @Schema(minimum = "0", maximum = "" + StudentLimits.MAX_ROWS)
        long created,

        @Schema(minimum = "0", maximum = "" + StudentLimits.MAX_ROWS)
        long updated,

        @Schema(minimum = "0", maximum = "" + StudentLimits.MAX_ROWS)
        long unchanged,

        @Schema(minimum = "0", maximum = "" + StudentLimits.MAX_ROWS)
        long rejected,

        @Schema(maxItems = StudentLimits.MAX_ROWS) List<StudentSyncResult> results) {

    static StudentSyncResponse of(List<StudentSyncResult> results) {
        return new StudentSyncResponse(
                count(results, StudentSyncResult.Outcome.created),
                count(results, StudentSyncResult.Outcome.updated),
                count(results, StudentSyncResult.Outcome.unchanged),
                count(results, StudentSyncResult.Outcome.rejected),
                results);
    }

    private static long count(List<StudentSyncResult> results, StudentSyncResult.Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }
}
