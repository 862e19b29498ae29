package vn.practica.catalog.curriculum.oneroster;

import java.io.Reader;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import vn.practica.platform.problem.DomainException;

/**
 * A CSV file read by header name: column order and unknown columns (later OneRoster versions, vendor
 * extensions) do not matter. Header names match ignoring case and surrounding spaces. The header is read at
 * once; the data records are read as {@link #rows()} is iterated, so a file is never held whole.
 */
public final class CsvTable {
    private final String file;
    private final Map<String, Integer> columns;
    private final int width;
    private final CsvParser parser;

    private CsvTable(String file, Map<String, Integer> columns, int width, CsvParser parser) {
        this.file = file;
        this.columns = columns;
        this.width = width;
        this.parser = parser;
    }

    /** Reads the header; a missing header or a missing required column makes the whole bundle unusable. */
    public static CsvTable open(String file, Reader text, List<String> requiredColumns) {
        CsvParser parser = new CsvParser(text);
        Optional<CsvRecord> first = parser.next();
        if (first.isEmpty() || first.get().isMalformed()) {
            throw unusable(file + " has no header line");
        }
        List<String> header = first.get().fields();
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
        return new CsvTable(file, columns, header.size(), parser);
    }

    /** A table over a whole text, for small files and tests. */
    public static CsvTable of(String file, String text, List<String> requiredColumns) {
        return open(file, new StringReader(text), requiredColumns);
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

    /** The data records, header excluded, read from the file as they are iterated; iterate once. */
    public Iterable<CsvRecord> rows() {
        return () -> new Iterator<>() {
            private Optional<CsvRecord> next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = parser.next();
                }
                return next.isPresent();
            }

            @Override
            public CsvRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CsvRecord record = next.get();
                next = null;
                return record;
            }
        };
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
