package vn.practica.catalog.curriculum.oneroster;

import java.util.List;

/**
 * One CSV record: the 1-based line of the file where it starts (the header is line 1; a quoted line break
 * moves later records down, as in a text editor) and its fields, or why it could not be read.
 */
public record CsvRecord(int line, List<String> fields, String error) {

    static CsvRecord of(int line, List<String> fields) {
        return new CsvRecord(line, List.copyOf(fields), null);
    }

    static CsvRecord malformed(int line, String error) {
        return new CsvRecord(line, List.of(), error);
    }

    public boolean isMalformed() {
        return error != null;
    }
}
