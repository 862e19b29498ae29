package vn.practica.platform.jdbc;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values of native query rows as Java types, whichever JDBC type Hibernate handed over for the column. */
public final class NativeValues {
    private NativeValues() {}

    /** A {@code timestamptz} column's value; null stays null. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return (Instant) value;
    }
}
