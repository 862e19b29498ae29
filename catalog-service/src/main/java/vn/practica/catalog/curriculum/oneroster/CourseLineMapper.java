package vn.practica.catalog.curriculum.oneroster;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.practica.catalog.curriculum.CourseRecord;
import vn.practica.catalog.curriculum.SyncStatus;

/**
 * Maps {@code courses.csv} lines to {@link CourseRecord}s. Only the CSV binding's own rules are checked here
 * (status and dateLastModified per file mode, the owning org); the sync judges the rest of each row.
 */
public final class CourseLineMapper {
    public static final String FILE = "courses.csv";
    public static final List<String> REQUIRED_COLUMNS = List.of("sourcedId", "title", "orgSourcedId");
    /** A delta line must say what happened and when, so these columns must exist in a delta file. */
    public static final List<String> REQUIRED_DELTA_COLUMNS = List.of("status", "dateLastModified");

    private final CsvTable table;
    private final FileMode mode;
    private final Instant bundleTime;
    private final OrgLines orgs;
    private final String schoolIdentifier;

    /**
     * @param bundleTime what a blank dateLastModified of a bulk line means: the time the bundle was received
     * @param schoolIdentifier the ministry institution code a course's org must carry
     */
    public CourseLineMapper(CsvTable table, FileMode mode, Instant bundleTime, OrgLines orgs, String schoolIdentifier) {
        this.table = table;
        this.mode = mode;
        this.bundleTime = bundleTime;
        this.orgs = orgs;
        this.schoolIdentifier = schoolIdentifier;
    }

    public CourseLines mapLines() {
        List<CourseRecord> records = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        Set<String> mentioned = new HashSet<>();
        boolean complete = true;
        for (CsvRecord row : table.rows()) {
            Optional<String> sourcedId =
                    table.shapeProblem(row).isEmpty() ? table.value(row, "sourcedId") : Optional.empty();
            sourcedId.ifPresent(mentioned::add);
            complete &= sourcedId.isPresent();
            Optional<String> problem = problem(row);
            if (problem.isPresent()) {
                errors.add(new LineError(FILE, row.line(), problem.get()));
            } else {
                records.add(record(row));
            }
        }
        return new CourseLines(records, errors, mentioned, complete);
    }

    private Optional<String> problem(CsvRecord row) {
        return table.shapeProblem(row)
                .or(() -> table.value(row, "sourcedId").isEmpty()
                        ? Optional.of("sourcedId is required")
                        : Optional.empty())
                .or(() -> statusProblem(row))
                .or(() -> dateProblem(row))
                .or(() -> orgProblem(row));
    }

    private Optional<String> statusProblem(CsvRecord row) {
        Optional<String> status = table.value(row, "status");
        if (mode == FileMode.bulk) {
            // In a bulk file every line is a current course; deletions are expressed by leaving a course out.
            return status.filter(s -> !s.equals("active")).map(s -> "status must be blank or active in a bulk file");
        }
        return status.filter(s -> s.equals("active") || s.equals("tobedeleted")).isPresent()
                ? Optional.empty()
                : Optional.of("status must be active or tobedeleted in a delta file");
    }

    private Optional<String> dateProblem(CsvRecord row) {
        Optional<String> date = table.value(row, "dateLastModified");
        if (date.isEmpty()) {
            return mode == FileMode.bulk
                    ? Optional.empty()
                    : Optional.of("dateLastModified is required in a delta file");
        }
        return parseDate(date.get()).isPresent()
                ? Optional.empty()
                : Optional.of("dateLastModified must be an ISO 8601 date-time with offset, e.g. 2026-09-01T00:00:00Z");
    }

    private Optional<String> orgProblem(CsvRecord row) {
        Optional<String> org = table.value(row, "orgSourcedId");
        if (org.isEmpty()) {
            return Optional.of("orgSourcedId is required");
        }
        Optional<String> identifier = orgs.identifierOf(org.get());
        if (identifier.isEmpty()) {
            return Optional.of("org " + org.get() + " is not in orgs.csv of this bundle");
        }
        return identifier.get().equals(schoolIdentifier)
                ? Optional.empty()
                : Optional.of("org " + org.get() + " is not this school (identifier must be " + schoolIdentifier + ")");
    }

    private CourseRecord record(CsvRecord row) {
        String sourcedId = table.value(row, "sourcedId").orElseThrow();
        SyncStatus status = table.value(row, "status").map(SyncStatus::valueOf).orElse(SyncStatus.active);
        Instant modified = table.value(row, "dateLastModified")
                .flatMap(CourseLineMapper::parseDate)
                .orElse(bundleTime);
        // courseCode is optional in OneRoster 1.2 while our code is required: the school's sourcedId stands in.
        String code = table.value(row, "courseCode").orElse(sourcedId);
        String title = table.value(row, "title").orElse(null);
        return new CourseRecord(sourcedId, code, title, null, null, List.of(), List.of(), List.of(), status, modified);
    }

    private static Optional<Instant> parseDate(String value) {
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
