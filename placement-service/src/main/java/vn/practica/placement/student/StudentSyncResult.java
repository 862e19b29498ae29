package vn.practica.placement.student;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a registration did with one row: {@code created}, {@code updated}, {@code unchanged} or {@code rejected}
 * (with the reason). Rows are judged one by one, so one bad row never hides the others.
 */
@Schema(name = "StudentSyncResult", description = "What the registration did with one row")
public record StudentSyncResult(
        @Schema(
                maxLength = StudentLimits.SOURCED_ID,
                description = "As sent; a longer one (always rejected) is cut to " + StudentLimits.SOURCED_ID
                        + " characters ending in …")
        String sourcedId,

        Outcome outcome,

        @Schema(maxLength = StudentSyncResult.MAX_REASON) String reason) {
    /** Reasons name the member that was wrong, sometimes with the value sent; cut so a result stays small. */
    static final int MAX_REASON = 1000;

    private static final String ELLIPSIS = "…";

    @Schema(name = "StudentSyncOutcome")
    public enum Outcome {
        created,
        updated,
        unchanged,
        rejected
    }

    public StudentSyncResult {
        sourcedId = cut(sourcedId, StudentLimits.SOURCED_ID);
        reason = cut(reason, MAX_REASON);
    }

    static StudentSyncResult rejected(String sourcedId, String reason) {
        return new StudentSyncResult(sourcedId, Outcome.rejected, reason);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - ELLIPSIS.length()) + ELLIPSIS;
    }
}
