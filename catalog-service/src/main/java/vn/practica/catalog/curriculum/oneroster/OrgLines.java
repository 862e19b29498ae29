package vn.practica.catalog.curriculum.oneroster;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@code orgs.csv} as a lookup from an org's sourcedId to its identifier (our ministry institution code). */
public final class OrgLines {
    public static final String FILE = "orgs.csv";
    public static final List<String> REQUIRED_COLUMNS = List.of("sourcedId", "identifier");
    /** Every org of a province's schools and districts fits many times over; the lookup stays small. */
    public static final int MAX_LINES = 10_000;

    private final Map<String, String> identifiers;

    private OrgLines(Map<String, String> identifiers) {
        this.identifiers = identifiers;
    }

    public static OrgLines none() {
        return new OrgLines(Map.of());
    }

    /**
     * Reads the orgs line by line; unreadable lines go to {@code errors} and their org stays unknown. More than
     * {@link #MAX_LINES} lines refuse the bundle (413) as soon as the next one is read.
     */
    public static OrgLines read(CsvTable table, List<LineError> errors, KeptText kept) {
        Map<String, String> identifiers = new HashMap<>();
        int lines = 0;
        for (CsvRecord row : table.rows()) {
            if (++lines > MAX_LINES) {
                throw BundleReader.tooLarge("orgs.csv has more than " + MAX_LINES + " lines");
            }
            Optional<String> problem = table.shapeProblem(row)
                    .or(() -> table.value(row, "sourcedId").isEmpty()
                            ? Optional.of("sourcedId is required")
                            : Optional.empty());
            if (problem.isPresent()) {
                errors.add(new LineError(FILE, row.line(), kept.keep(problem.get())));
                continue;
            }
            String identifier = table.value(row, "identifier").orElse("").toUpperCase(Locale.ROOT);
            identifiers.put(kept.keep(table.value(row, "sourcedId").orElseThrow()), kept.keep(identifier));
        }
        return new OrgLines(identifiers);
    }

    /** The org's identifier (upper case, blank when it has none), or empty when the bundle has no such org. */
    public Optional<String> identifierOf(String orgSourcedId) {
        return Optional.ofNullable(identifiers.get(orgSourcedId));
    }
}
