package vn.practica.catalog.curriculum.oneroster;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * Imports the courses of a OneRoster 1.2 CSV bundle into a school's curriculum. The bundle is read and checked
 * whole before anything is written; limits come from {@link OneRosterConfig}.
 */
@ApplicationScoped
public class OneRosterImportService {
    private static final Set<String> USED_FILES = Set.of(Manifest.FILE, OrgLines.FILE, CourseLineMapper.FILE);

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
        BundleEntries entries = BundleReader.read(readBody(body), USED_FILES, limits);
        Manifest manifest = Manifest.parse(entries.text(Manifest.FILE)
                .orElseThrow(() -> CsvTable.unusable("The bundle has no manifest.csv at its top level")));
        List<LineError> errors = new ArrayList<>();
        List<String> ignored = new ArrayList<>(entries.otherNames());
        OrgLines orgs = table(manifest, entries, OrgLines.FILE, OrgLines.REQUIRED_COLUMNS, ignored)
                .map(t -> OrgLines.read(t, errors))
                .orElseGet(OrgLines::none);
        FileMode mode = manifest.mode(CourseLineMapper.FILE);
        Optional<CsvTable> courses = table(manifest, entries, CourseLineMapper.FILE, courseColumns(mode), ignored);
        List<SyncResult> results = List.of();
        if (courses.isPresent()) {
            requireAtMost(courses.get().rows().size(), maxRows);
            CourseLines lines = new CourseLineMapper(courses.get(), mode, received, orgs, schoolIdentifier).mapLines();
            errors.addAll(lines.errors());
            Optional<Instant> bulkTime = mode == FileMode.bulk ? Optional.of(received) : Optional.empty();
            results = courseSync.syncCourses(schoolId, lines, bulkTime, maxRows);
        }
        errors.sort(Comparator.comparing(LineError::file).thenComparingInt(LineError::line));
        return new OneRosterImport(results, errors, ignored.stream().sorted().toList());
    }

    private static List<String> courseColumns(FileMode mode) {
        List<String> columns = new ArrayList<>(CourseLineMapper.REQUIRED_COLUMNS);
        if (mode == FileMode.delta) {
            columns.addAll(CourseLineMapper.REQUIRED_DELTA_COLUMNS);
        }
        return columns;
    }

    /** Checked before any line is mapped, so an oversized file costs no database work. */
    private static void requireAtMost(int lines, int maxRows) {
        if (lines > maxRows) {
            throw BundleReader.tooLarge(lines + " lines in courses.csv; at most " + maxRows + " per bundle");
        }
    }

    /** The file as a table when the manifest says it is sent; a sent file missing from the zip is a 422. */
    private static Optional<CsvTable> table(
            Manifest manifest, BundleEntries entries, String file, List<String> columns, List<String> ignored) {
        Optional<String> text = entries.text(file);
        if (manifest.mode(file) == FileMode.absent) {
            text.ifPresent(t -> ignored.add(file));
            return Optional.empty();
        }
        return Optional.of(CsvTable.of(
                file,
                text.orElseThrow(() -> CsvTable.unusable(
                        "manifest.csv lists " + file + " as " + manifest.mode(file) + " but the bundle lacks it")),
                columns));
    }

    private byte[] readBody(InputStream body) {
        try {
            byte[] bytes =
                    body.readNBytes(Math.toIntExact(Math.min(limits.maxCompressedBytes() + 1, Integer.MAX_VALUE - 8)));
            if (bytes.length > limits.maxCompressedBytes()) {
                throw BundleReader.tooLarge("The bundle is larger than " + limits.maxCompressedBytes() + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
