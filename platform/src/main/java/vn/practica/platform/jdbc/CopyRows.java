package vn.practica.platform.jdbc;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows for one {@code COPY table (columns) FROM STDIN} in PostgreSQL's text format, built in memory and sent in
 * one call on the caller's connection, so in its transaction. Bulk writers use it instead of batched INSERTs: the
 * server parses no statement per row and binds no parameters, and the client dehydrates nothing (docs/
 * benchmarks.md, "Twelfth pass"). Defaults, triggers and constraints apply as for an INSERT.
 *
 * <p>Each row takes exactly one value per column, in the order the columns were named; a row with fewer or more
 * fails at {@link #endRow()}, before anything reaches the server.
 */
public final class CopyRows {
    private static final String NULL = "\\N";

    private final String sql;
    private final int columns;
    private final StringBuilder text = new StringBuilder(4096);
    private int inRow;
    private int rows;
    private Instant lastInstant;
    private String lastInstantText;

    private CopyRows(String table, String... columns) {
        this.sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
        this.columns = columns.length;
    }

    public static CopyRows into(String table, String... columns) {
        return new CopyRows(table, columns);
    }

    /**
     * The next column's value: null, a uuid, text, an enum (its name, as {@code EnumType.STRING} stores it), a
     * number, a boolean, an {@link Instant} (ISO-8601 in UTC, which the server reads whatever its time zone), an
     * {@link OffsetDateTime}, a {@link LocalDate}, or an array of uuids or of text.
     */
    public CopyRows value(Object value) {
        if (value == null) {
            return raw(NULL);
        }
        if (value instanceof String string) {
            separate();
            escape(string);
            return this;
        }
        if (value instanceof Enum<?> name) {
            separate();
            escape(name.name());
            return this;
        }
        if (value instanceof Instant instant) {
            return raw(format(instant));
        }
        if (value instanceof Boolean bool) {
            return raw(bool ? "t" : "f");
        }
        if (value instanceof UUID
                || value instanceof Long
                || value instanceof Integer
                || value instanceof Short
                || value instanceof BigDecimal
                || value instanceof OffsetDateTime
                || value instanceof LocalDate) {
            return raw(value.toString());
        }
        if (value instanceof UUID[] ids) {
            return raw(array(ids, false));
        }
        if (value instanceof String[] texts) {
            separate();
            escape(array(texts, true));
            return this;
        }
        throw new IllegalArgumentException(
                "no COPY text form for a " + value.getClass().getName());
    }

    /** An array literal; text elements are quoted, so commas, braces and quotes in them stay text. */
    private static String array(Object[] values, boolean quoted) {
        StringBuilder array = new StringBuilder(2 + values.length * 38).append('{');
        for (int i = 0; i < values.length; i++) {
            array.append(i == 0 ? "" : ",");
            if (values[i] == null) {
                array.append("NULL");
            } else if (!quoted) {
                array.append(values[i]);
            } else {
                array.append('"');
                String text = (String) values[i];
                for (int k = 0; k < text.length(); k++) {
                    char ch = text.charAt(k);
                    array.append(ch == '"' || ch == '\\' ? "\\" : "").append(ch);
                }
                array.append('"');
            }
        }
        return array.append('}').toString();
    }

    public CopyRows endRow() {
        if (inRow != columns) {
            throw new IllegalStateException(
                    "a row of " + sql + " took " + inRow + " values for " + columns + " columns");
        }
        text.append('\n');
        inRow = 0;
        rows++;
        return this;
    }

    public int rows() {
        return rows;
    }

    /** Sends the rows on {@code connection}; returns how many the server took. Nothing is sent when there are none. */
    public long copy(Connection connection) throws SQLException {
        if (inRow != 0) {
            throw new IllegalStateException("the last row of " + sql + " was not ended");
        }
        if (rows == 0) {
            return 0;
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
            return copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** A value that needs no escaping: ids, numbers, ISO times, NULL. */
    private CopyRows raw(String value) {
        separate();
        text.append(value);
        return this;
    }

    private void separate() {
        if (inRow == columns) {
            throw new IllegalStateException("more values than the " + columns + " columns of " + sql);
        }
        if (inRow++ > 0) {
            text.append('\t');
        }
    }

    /**
     * The instant as text, the previous one's text when it is the same: a bulk writer's rows mostly share their
     * time, and formatting an instant costs more than the rest of a row (async-profiler, twelfth pass).
     */
    private String format(Instant instant) {
        if (!instant.equals(lastInstant)) {
            lastInstant = instant;
            lastInstantText = instant.toString();
        }
        return lastInstantText;
    }

    /** The text format's escapes: a backslash, and the characters that end a value, a row or a line. */
    private void escape(CharSequence value) {
        if (plain(value)) {
            text.append(value);
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(ch);
            }
        }
    }

    private static boolean plain(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r') {
                return false;
            }
        }
        return true;
    }
}
