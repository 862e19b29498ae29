package vn.practica.catalog.curriculum.oneroster;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.practica.platform.problem.DomainException;

/**
 * A CSV file read by header name: column order and unknown columns (later OneRoster versions, vendor
 * extensions) do not matter. Header names match ignoring case and surrounding spaces.
 */
public final class CsvTable {
    private final String file;
    private final Map<String, Integer> columns;
    private final int width;
    private final List<CsvRecord> rows;

    private CsvTable(String file, Map<String, Integer> columns, int width, List<CsvRecord> rows) {
        this.file = file;
        this.columns = columns;
        this.width = width;
        this.rows = rows;
    }

    /** Reads {@code text}; a missing header or a missing required column makes the whole bundle unusable. */
    public static CsvTable of(String file, String text, List<String> requiredColumns) {
        List<CsvRecord> records = CsvParser.parse(text);
        if (records.isEmpty() || records.get(0).isMalformed()) {
            throw unusable(file + " has no header line");
        }
        List<String> header = records.get(0).fields();
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(key(header.get(i)), i);
        }
        List<String> missing = requiredColumns.stream()
                .filter(c -> !columns.containsKey(key(c)))
                .toList();
        if (!missing.isEmpty()) {
            throw unusable(file + " lacks the required column(s) " + String.join(", ", missing));
        }
        return new CsvTable(file, columns, header.size(), records.subList(1, records.size()));
    }

    static DomainException unusable(String detail) {
        return new DomainException(OneRosterProblems.UNUSABLE, detail);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public String file() {
        return file;
    }

    /** The data records, header excluded. */
    public List<CsvRecord> rows() {
        return rows;
    }

    /** Why this record cannot be read as a row of this table, if it cannot. */
    public Optional<String> shapeProblem(CsvRecord row) {
        if (row.isMalformed()) {
            return Optional.of(row.error());
        }
        if (row.fields().size() != width) {
            return Optional.of("expected " + width + " fields as in the header, found "
                    + row.fields().size());
        }
        return Optional.empty();
    }

    /** The stripped value of {@code column}, empty when blank or when the file has no such column. */
    public Optional<String> value(CsvRecord row, String column) {
        Integer index = columns.get(key(column));
        if (index == null || index >= row.fields().size()) {
            return Optional.empty();
        }
        String value = row.fields().get(index).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
