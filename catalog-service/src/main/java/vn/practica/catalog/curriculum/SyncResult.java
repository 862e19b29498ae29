package vn.practica.catalog.curriculum;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a sync did with one row: {@code created}, {@code updated}, {@code unchanged} or {@code rejected}
 * (with the reason). Rows are judged one by one, so one bad row never hides the others.
 */
@Schema(name = "SyncResult", description = "What the sync did with one row")
public record SyncResult(
        @Schema(enumeration = {"program", "course"}) String entity,

        @Schema(
                maxLength = CurriculumLimits.SOURCED_ID,
                description = "As sent; a longer one (always rejected) is cut to " + CurriculumLimits.SOURCED_ID
                        + " characters ending in …")
        String sourcedId,

        Outcome outcome,

        @Schema(description = "Our id of the row's programme or course, when it has one")
        UUID id,

        @Schema(maxLength = SyncResult.MAX_REASON) String reason) {
    /** Reasons name what was wrong, sometimes with the value sent; cut so a result stays small. */
    static final int MAX_REASON = 1000;

    private static final String ELLIPSIS = "…";

    @Schema(name = "SyncOutcome")
    public enum Outcome {
        created,
        updated,
        unchanged,
        rejected
    }

    public SyncResult {
        sourcedId = cut(sourcedId, CurriculumLimits.SOURCED_ID);
        reason = cut(reason, MAX_REASON);
    }

    public static SyncResult rejected(String entity, String sourcedId, String reason) {
        return new SyncResult(entity, sourcedId, Outcome.rejected, null, reason);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - ELLIPSIS.length()) + ELLIPSIS;
    }
}
