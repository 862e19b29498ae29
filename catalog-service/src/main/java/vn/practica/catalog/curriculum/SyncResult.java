package vn.practica.catalog.curriculum;

import java.util.UUID;

/**
 * What a sync did with one row: {@code created}, {@code updated}, {@code unchanged} or {@code rejected}
 * (with the reason). Rows are judged one by one, so one bad row never hides the others.
 */
public record SyncResult(String entity, String sourcedId, Outcome outcome, UUID id, String reason) {
    public enum Outcome {
        created,
        updated,
        unchanged,
        rejected
    }

    public static SyncResult rejected(String entity, String sourcedId, String reason) {
        return new SyncResult(entity, sourcedId, Outcome.rejected, null, reason);
    }
}
