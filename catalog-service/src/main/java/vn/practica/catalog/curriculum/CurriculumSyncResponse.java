package vn.practica.catalog.curriculum;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Counts per outcome and one result per row, in the order sent. */
@Schema(name = "CurriculumSyncResponse", description = "Counts per outcome and one result per row, in the order sent")
public record CurriculumSyncResponse(
        @Schema(minimum = "0", maximum = "" + CurriculumLimits.MAX_ROWS)
        long created,

        @Schema(minimum = "0", maximum = "" + CurriculumLimits.MAX_ROWS)
        long updated,

        @Schema(minimum = "0", maximum = "" + CurriculumLimits.MAX_ROWS)
        long unchanged,

        @Schema(minimum = "0", maximum = "" + CurriculumLimits.MAX_ROWS)
        long rejected,

        @Schema(maxItems = CurriculumLimits.MAX_ROWS) List<SyncResult> results) {

    public static CurriculumSyncResponse of(List<SyncResult> results) {
        return new CurriculumSyncResponse(
                count(results, SyncResult.Outcome.created),
                count(results, SyncResult.Outcome.updated),
                count(results, SyncResult.Outcome.unchanged),
                count(results, SyncResult.Outcome.rejected),
                results);
    }

    private static long count(List<SyncResult> results, SyncResult.Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }
}
