package vn.practica.catalog.curriculum.oneroster;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * RFC 4180 reader, one record at a time from a {@link Reader}: quoted fields may hold commas, quotes ({@code ""})
 * and line breaks; CRLF, LF and a leading BOM are accepted. A record broken by stray text after a closing quote
 * is reported and skipped, so the following records are still read; an unterminated quote runs to the end of
 * the text and is reported once. A record longer than {@link #MAX_RECORD_CHARS} is reported without being
 * kept, so one line can never hold more memory than that.
 */
public final class CsvParser {
    /** Far above any honest OneRoster line, which stays under a few hundred characters. */
    public static final int MAX_RECORD_CHARS = 16_384;

    private static final char BOM = '\uFEFF';
    private static final int END = -1;

    private final Reader in;
    private final char[] buffer = new char[8192];
    private int pos;
    private int filled;
    private int line = 1;
    private boolean started;

    public CsvParser(Reader in) {
        this.in = in;
    }

    /** Every non-empty record of {@code text} in order; empty lines are skipped but still counted. */
    public static List<CsvRecord> parse(String text) {
        CsvParser parser = new CsvParser(new StringReader(text));
        List<CsvRecord> records = new ArrayList<>();
        for (Optional<CsvRecord> r = parser.next(); r.isPresent(); r = parser.next()) {
            records.add(r.get());
        }
        return records;
    }

    /** The next non-empty record, or empty at the end of the text. */
    public Optional<CsvRecord> next() {
        if (!started) {
            started = true;
            if (peek() == BOM) {
                pos++;
            }
        }
        while (peek() != END) {
            CsvRecord record = nextRecord();
            if (record.isMalformed() || !isEmpty(record.fields())) {
                return Optional.of(record);
            }
        }
        return Optional.empty();
    }

    private static boolean isEmpty(List<String> fields) {
        return fields.size() == 1 && fields.get(0).isEmpty();
    }

    private CsvRecord nextRecord() {
        RecordBuilder record = new RecordBuilder(line);
        boolean quoted = false;
        for (int c = read(); c != END; c = read()) {
            if (quoted) {
                if (c != '"') {
                    record.append((char) c);
                } else if (peek() == '"') {
                    record.append('"');
                    pos++;
                } else {
                    quoted = false;
                    if (!atFieldEnd()) {
                        skipToEndOfRecord();
                        return CsvRecord.malformed(record.line, "text after a closing quote");
                    }
                }
            } else if (c == '"' && record.fieldIsEmpty()) {
                quoted = true;
            } else if (c == ',') {
                record.endField();
            } else if (c == '\r' || c == '\n') {
                endOfLine(c);
                return record.build();
            } else {
                // A quote inside an unquoted field is kept as text, as most spreadsheet exports expect.
                record.append((char) c);
            }
            if (quoted && (c == '\n' || (c == '\r' && peek() != '\n'))) {
                line++;
            }
        }
        if (quoted) {
            return CsvRecord.malformed(record.line, "quoted field is not closed before the end of the file");
        }
        line++;
        return record.build();
    }

    private boolean atFieldEnd() {
        int next = peek();
        return next == ',' || next == '\r' || next == '\n' || next == END;
    }

    private void skipToEndOfRecord() {
        for (int c = read(); c != END; c = read()) {
            if (c == '\r' || c == '\n') {
                endOfLine(c);
                return;
            }
        }
        line++;
    }

    private void endOfLine(int c) {
        if (c == '\r' && peek() == '\n') {
            pos++;
        }
        line++;
    }

    private int read() {
        int c = peek();
        if (c != END) {
            pos++;
        }
        return c;
    }

    private int peek() {
        if (pos == filled && !fill()) {
            return END;
        }
        return buffer[pos];
    }

    private boolean fill() {
        try {
            int n = in.read(buffer);
            while (n == 0) {
                n = in.read(buffer);
            }
            pos = 0;
            filled = Math.max(n, 0);
            return n > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fields of the record being read; past the length cap it only counts, so it stays small. */
    private static final class RecordBuilder {
        private final int line;
        private final List<String> fields = new ArrayList<>();
        private final StringBuilder field = new StringBuilder();
        private int length;
        private int fieldLength;

        RecordBuilder(int line) {
            this.line = line;
        }

        void append(char c) {
            fieldLength++;
            if (++length <= MAX_RECORD_CHARS) {
                field.append(c);
            }
        }

        boolean fieldIsEmpty() {
            return fieldLength == 0;
        }

        void endField() {
            if (++length <= MAX_RECORD_CHARS) {
                fields.add(field.toString());
            }
            field.setLength(0);
            fieldLength = 0;
        }

        CsvRecord build() {
            if (length > MAX_RECORD_CHARS) {
                return CsvRecord.malformed(line, "line longer than " + MAX_RECORD_CHARS + " characters");
            }
            fields.add(field.toString());
            return CsvRecord.of(line, fields);
        }
    }
}
