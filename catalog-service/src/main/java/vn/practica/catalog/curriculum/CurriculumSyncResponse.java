package vn.practica.catalog.curriculum;

import java.util.List;

/** Counts per outcome and one result per row, in the order sent. */
public record CurriculumSyncResponse(
        long created, long updated, long unchanged, long rejected, List<SyncResult> results) {

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
