package vn.practica.catalog.curriculum.oneroster;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 reader: quoted fields may hold commas, quotes ({@code ""}) and line breaks; CRLF, LF and a leading
 * BOM are accepted. A record broken by stray text after a closing quote is reported and skipped, so the
 * following records are still read; an unterminated quote runs to the end of the text and is reported once.
 */
public final class CsvParser {
    private static final char BOM = '\uFEFF';

    private final String text;
    private int pos;
    private int line = 1;

    private CsvParser(String text) {
        this.text = text;
        this.pos = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
    }

    /** Every non-empty record in order; empty lines are skipped but still counted. */
    public static List<CsvRecord> parse(String text) {
        CsvParser parser = new CsvParser(text);
        List<CsvRecord> records = new ArrayList<>();
        while (parser.pos < text.length()) {
            CsvRecord record = parser.nextRecord();
            if (record.isMalformed() || !isEmpty(record.fields())) {
                records.add(record);
            }
        }
        return records;
    }

    private static boolean isEmpty(List<String> fields) {
        return fields.size() == 1 && fields.get(0).isEmpty();
    }

    private CsvRecord nextRecord() {
        int recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (peek() == '"') {
                    field.append('"');
                    pos++;
                } else {
                    quoted = false;
                    if (!atFieldEnd()) {
                        skipToEndOfRecord();
                        return CsvRecord.malformed(recordLine, "text after a closing quote");
                    }
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                endOfLine(c);
                fields.add(field.toString());
                return CsvRecord.of(recordLine, fields);
            } else {
                // A quote inside an unquoted field is kept as text, as most spreadsheet exports expect.
                field.append(c);
            }
            if (quoted && (c == '\n' || (c == '\r' && peek() != '\n'))) {
                line++;
            }
        }
        if (quoted) {
            return CsvRecord.malformed(recordLine, "quoted field is not closed before the end of the file");
        }
        fields.add(field.toString());
        line++;
        return CsvRecord.of(recordLine, fields);
    }

    private boolean atFieldEnd() {
        char next = peek();
        return next == ',' || next == '\r' || next == '\n' || next == 0;
    }

    private void skipToEndOfRecord() {
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '\r' || c == '\n') {
                endOfLine(c);
                return;
            }
        }
        line++;
    }

    private void endOfLine(char c) {
        if (c == '\r' && peek() == '\n') {
            pos++;
        }
        line++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }
}
