package vn.practica.catalog.curriculum.oneroster;

import java.util.List;
import vn.practica.catalog.curriculum.CurriculumSyncResponse;
import vn.practica.catalog.curriculum.SyncResult;

/**
 * The curriculum sync's counts and per-row results, plus the bundle lines that never became rows and the
 * files the bundle carried that were not used.
 */
public record OneRosterBundleResponse(
        long created,
        long updated,
        long unchanged,
        long rejected,
        List<SyncResult> results,
        List<LineError> lineErrors,
        List<String> ignoredFiles) {

    static OneRosterBundleResponse of(OneRosterImport imported) {
        CurriculumSyncResponse counts = CurriculumSyncResponse.of(imported.results());
        return new OneRosterBundleResponse(
                counts.created(),
                counts.updated(),
                counts.unchanged(),
                counts.rejected(),
                imported.results(),
                imported.lineErrors(),
                imported.ignoredFiles());
    }
}
