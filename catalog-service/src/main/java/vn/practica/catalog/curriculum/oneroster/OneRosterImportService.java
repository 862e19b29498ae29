package vn.practica.catalog.curriculum.oneroster;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.InputStream;
import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.practica.catalog.curriculum.SyncResult;
import vn.practica.catalog.organization.OrganizationService;

/**
 * Imports the courses of a OneRoster 1.2 CSV bundle into a school's curriculum. The bundle is spooled to a
 * temporary file and its files are read line by line, within the limits of {@link OneRosterConfig}; it is read
 * and checked whole before anything is written, and an import keeps at most the sync's row cap of courses and a
 * bounded amount of text ({@link KeptText}) in memory, whatever the bundle inflates to.
 */
@ApplicationScoped
public class OneRosterImportService {
    private static final Set<String> USED_FILES = Set.of(Manifest.FILE, OrgLines.FILE, CourseLineMapper.FILE);
    /** Characters kept per org or course line on average: far above honest lines (ids, a code, a title). */
    private static final int KEPT_CHARS_PER_LINE = 200;

    private final OrganizationService organizations;
    private final OneRosterCourseSync courseSync;
    private final BundleLimits limits;
    private final Clock clock = Clock.systemUTC();

    OneRosterImportService(OrganizationService organizations, OneRosterCourseSync courseSync, OneRosterConfig config) {
        this.organizations = organizations;
        this.courseSync = courseSync;
        this.limits = new BundleLimits(
                config.maxBundleSize().asLongValue(),
                config.maxUncompressedSize().asLongValue(),
                config.maxEntries());
    }

    /** @param maxRows the curriculum sync's batch limit */
    public OneRosterImport importBundle(UUID schoolId, InputStream body, int maxRows) {
        String schoolIdentifier = organizations.schoolIdentifier(schoolId);
        Instant received = clock.instant();
        try (BundleReader bundle = BundleReader.open(body, USED_FILES, limits)) {
            Manifest manifest = Manifest.read(CsvTable.open(
                    Manifest.FILE,
                    bundle.text(Manifest.FILE, Manifest.MAX_BYTES)
                            .orElseThrow(() -> CsvTable.unusable("The bundle has no manifest.csv at its top level")),
                    Manifest.REQUIRED_COLUMNS));
            KeptText kept = new KeptText((long) (maxRows + OrgLines.MAX_LINES) * KEPT_CHARS_PER_LINE);
            List<LineError> errors = new ArrayList<>();
            List<String> ignored = new ArrayList<>(bundle.otherNames());
            OrgLines orgs = table(manifest, bundle, OrgLines.FILE, OrgLines.REQUIRED_COLUMNS, ignored)
                    .map(t -> OrgLines.read(t, errors, kept))
                    .orElseGet(OrgLines::none);
            FileMode mode = manifest.mode(CourseLineMapper.FILE);
            Optional<CsvTable> courses = table(manifest, bundle, CourseLineMapper.FILE, courseColumns(mode), ignored);
            List<SyncResult> results = List.of();
            if (courses.isPresent()) {
                CourseLines lines = new CourseLineMapper(courses.get(), mode, received, orgs, schoolIdentifier)
                        .mapLines(maxRows, kept);
                errors.addAll(lines.errors());
                Optional<Instant> bulkTime = mode == FileMode.bulk ? Optional.of(received) : Optional.empty();
                results = courseSync.syncCourses(schoolId, lines, bulkTime, maxRows);
            }
            errors.sort(Comparator.comparing(LineError::file).thenComparingInt(LineError::line));
            return new OneRosterImport(
                    results, errors, ignored.stream().sorted().toList());
        }
    }

    private static List<String> courseColumns(FileMode mode) {
        List<String> columns = new ArrayList<>(CourseLineMapper.REQUIRED_COLUMNS);
        if (mode == FileMode.delta) {
            columns.addAll(CourseLineMapper.REQUIRED_DELTA_COLUMNS);
        }
        return columns;
    }

    /**
     * The file as a table, its header read, when the manifest says it is sent; a sent file missing from the zip
     * is a 422. A file marked absent is listed as ignored and never inflated.
     */
    private Optional<CsvTable> table(
            Manifest manifest, BundleReader bundle, String file, List<String> columns, List<String> ignored) {
        if (manifest.mode(file) == FileMode.absent) {
            if (bundle.contains(file)) {
                ignored.add(file);
            }
            return Optional.empty();
        }
        Optional<Reader> text = bundle.text(file, limits.maxUncompressedBytes());
        return Optional.of(CsvTable.open(
                file,
                text.orElseThrow(() -> CsvTable.unusable(
                        "manifest.csv lists " + file + " as " + manifest.mode(file) + " but the bundle lacks it")),
                columns));
    }
}
