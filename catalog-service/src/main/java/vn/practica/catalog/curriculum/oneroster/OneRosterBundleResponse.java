package vn.practica.catalog.curriculum.oneroster;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.catalog.curriculum.CurriculumLimits;
import vn.practica.catalog.curriculum.CurriculumSyncResponse;
import vn.practica.catalog.curriculum.SyncResult;

/**
 * The curriculum sync's counts and per-row results, plus the bundle lines that never became rows and the
 * files the bundle carried that were not used.
 */
@Schema(name = "OneRosterBundleResponse", description = "Per-row results, line errors and ignored files")
public record OneRosterBundleResponse(
        @Schema(minimum = "0", maximum = "" + CurriculumLimits.MAX_ROWS)
        long created,

        @Schema(minimum = "0", maximum = "" + CurriculumLimits.MAX_ROWS)
        long updated,

        @Schema(minimum = "0", maximum = "" + CurriculumLimits.MAX_ROWS)
        long unchanged,

        @Schema(minimum = "0", maximum = "" + CurriculumLimits.MAX_ROWS)
        long rejected,

        @Schema(maxItems = CurriculumLimits.MAX_ROWS) List<SyncResult> results,

        @Schema(maxItems = MAX_LINE_ERRORS, description = "Lines of orgs.csv and courses.csv that became no row")
        List<LineError> lineErrors,

        @Schema(maxItems = OneRosterConfig.MAX_ENTRIES_CEILING, description = "Files of the bundle not used")
        List<@Size(max = BundleReader.MAX_SHOWN_NAME) String> ignoredFiles) {
    /** Every line of orgs.csv and of courses.csv may be an error, and no more lines are read. */
    static final int MAX_LINE_ERRORS = OrgLines.MAX_LINES + CurriculumLimits.MAX_ROWS;

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
