package vn.practica.platform.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.practica.platform.testing.TestDatabase;

/** Rows copied in the text format read back as they were written, whatever characters their values hold. */
class CopyRowsTest {
    private static final String[] COLUMNS = {"id", "note", "kind", "amount", "at", "day", "ids", "words"};
    private static final String AWKWARD = "tab\there, line\nbreak\r\nback\\slash \\N {brace,\"quote\"} Việt 日本";

    private Connection connection;

    enum Kind {
        STUDENT
    }

    @BeforeEach
    void table() throws SQLException {
        TestDatabase.DATABASES.ensureExists(TestDatabase.NAME);
        connection = TestDatabase.connect();
        connection.setAutoCommit(false);
        TestDatabase.execute(
                connection,
                "create temporary table copied (id uuid, note text, kind varchar(16), amount bigint,"
                        + " at timestamptz, day date, ids uuid[], words text[]) on commit drop");
        // a server zone far from UTC: an instant must not be read as local time
        TestDatabase.execute(connection, "set time zone 'Asia/Ho_Chi_Minh'");
    }

    @AfterEach
    void close() throws SQLException {
        connection.rollback();
        connection.close();
    }

    @Test
    void everyKindOfValueReadsBackAsWritten() throws SQLException {
        UUID id = UUID.randomUUID();
        UUID[] ids = {UUID.randomUUID(), null, UUID.randomUUID()};
        String[] words = {AWKWARD, "", null, "NULL", "a,b"};
        Instant at = Instant.parse("2026-12-03T23:59:59.123456Z");
        CopyRows rows = CopyRows.into("copied", COLUMNS)
                .value(id)
                .value(AWKWARD)
                .value(Kind.STUDENT)
                .value(Long.MIN_VALUE)
                .value(at)
                .value(LocalDate.of(9999, 12, 31))
                .value(ids)
                .value(words)
                .endRow();

        assertEquals(1, rows.copy(connection));

        try (Statement select = connection.createStatement();
                ResultSet row = select.executeQuery("select * from copied")) {
            row.next();
            assertEquals(id, row.getObject("id", UUID.class));
            assertEquals(AWKWARD, row.getString("note"));
            assertEquals("STUDENT", row.getString("kind"));
            assertEquals(Long.MIN_VALUE, row.getLong("amount"));
            assertEquals(at, row.getObject("at", OffsetDateTime.class).toInstant());
            assertEquals(LocalDate.of(9999, 12, 31), row.getObject("day", LocalDate.class));
            assertArrayEquals(ids, (Object[]) array(row.getArray("ids")));
            assertArrayEquals(words, (Object[]) array(row.getArray("words")));
        }
    }

    @Test
    void nullsAndEmptyArraysStayWhatTheyWere() throws SQLException {
        CopyRows.into("copied", COLUMNS)
                .value(null)
                .value(null)
                .value(null)
                .value(null)
                .value(null)
                .value(null)
                .value(new UUID[0])
                .value(null)
                .endRow()
                .copy(connection);

        try (Statement select = connection.createStatement();
                ResultSet row = select.executeQuery("select * from copied")) {
            row.next();
            for (String column : new String[] {"id", "note", "kind", "amount", "at", "day", "words"}) {
                assertNull(row.getObject(column), column);
            }
            assertArrayEquals(new UUID[0], (Object[]) array(row.getArray("ids")));
        }
    }

    @Test
    void manyRowsGoInOneCopy() throws SQLException {
        CopyRows rows = CopyRows.into("copied", "id", "amount");
        for (int i = 0; i < 10_000; i++) {
            rows.value(UUID.randomUUID()).value(i).endRow();
        }

        assertEquals(10_000, rows.copy(connection));
        assertEquals(10_000, count());
    }

    @Test
    void aRowWithTooFewOrTooManyValuesFailsBeforeAnythingIsSent() throws SQLException {
        CopyRows short1 = CopyRows.into("copied", "id", "amount").value(UUID.randomUUID());
        assertThrows(IllegalStateException.class, short1::endRow);
        assertThrows(IllegalStateException.class, () -> short1.copy(connection));
        CopyRows full =
                CopyRows.into("copied", "id", "amount").value(UUID.randomUUID()).value(1);
        assertThrows(IllegalStateException.class, () -> full.value(2));

        assertEquals(0, count());
    }

    @Test
    void rowsSharingATimeAndRowsNotEachReadBackTheirOwn() throws SQLException {
        Instant first = Instant.parse("2026-12-03T20:00:00.000001Z");
        Instant second = first.plusNanos(1_000);
        Instant[] written = {first, first, second, first};
        CopyRows rows = CopyRows.into("copied", "amount", "at");
        for (int i = 0; i < written.length; i++) {
            rows.value(i).value(written[i]).endRow();
        }

        rows.copy(connection);

        try (Statement select = connection.createStatement();
                ResultSet row = select.executeQuery("select at from copied order by amount")) {
            for (Instant expected : written) {
                row.next();
                assertEquals(expected, row.getObject("at", OffsetDateTime.class).toInstant());
            }
        }
    }

    @Test
    void aValueWithNoTextFormIsRefused() {
        CopyRows rows = CopyRows.into("copied", "amount");
        assertThrows(IllegalArgumentException.class, () -> rows.value(1.5d));
    }

    @Test
    void noRowsSendsNothing() throws SQLException {
        assertEquals(0, CopyRows.into("no_such_table", "id").copy(connection));
    }

    private long count() throws SQLException {
        try (Statement select = connection.createStatement();
                ResultSet row = select.executeQuery("select count(*) from copied")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static Object array(Array array) throws SQLException {
        return array.getArray();
    }
}
