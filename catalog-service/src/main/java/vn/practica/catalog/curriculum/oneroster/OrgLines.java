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

    private final Map<String, String> identifiers;

    private OrgLines(Map<String, String> identifiers) {
        this.identifiers = identifiers;
    }

    public static OrgLines none() {
        return new OrgLines(Map.of());
    }

    /** Reads the orgs; unreadable lines go to {@code errors} and their org stays unknown. */
    public static OrgLines read(CsvTable table, List<LineError> errors) {
        Map<String, String> identifiers = new HashMap<>();
        for (CsvRecord row : table.rows()) {
            Optional<String> problem = table.shapeProblem(row)
                    .or(() -> table.value(row, "sourcedId").isEmpty()
                            ? Optional.of("sourcedId is required")
                            : Optional.empty());
            if (problem.isPresent()) {
                errors.add(new LineError(FILE, row.line(), problem.get()));
                continue;
            }
            String identifier = table.value(row, "identifier").orElse("");
            identifiers.put(table.value(row, "sourcedId").orElseThrow(), identifier.toUpperCase(Locale.ROOT));
        }
        return new OrgLines(identifiers);
    }

    /** The org's identifier (upper case, blank when it has none), or empty when the bundle has no such org. */
    public Optional<String> identifierOf(String orgSourcedId) {
        return Optional.ofNullable(identifiers.get(orgSourcedId));
    }
}
