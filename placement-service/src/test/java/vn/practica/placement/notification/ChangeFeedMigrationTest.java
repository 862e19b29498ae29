package vn.practica.placement.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.practica.devkit.Databases;
import vn.practica.placement.PlacementMigrations;

/**
 * V20 folds the change feed's rows, one per party, into one row per change, on a real PostgreSQL database migrated
 * to V19 and filled the way V19's code wrote the feed.
 */
class ChangeFeedMigrationTest {
    private static final String DATABASE =
            "practica_placement_feed_migration" + System.getenv().getOrDefault("PRACTICA_TEST_DB_SUFFIX", "");
    private static final String STUDENT_PLACEMENT = "00000000-0000-7000-8000-000000000001";
    private static final String COURSE_PLACEMENT = "00000000-0000-7000-8000-000000000002";
    private static final String STUDENT = "00000000-0000-4000-8000-00000000000a";
    private static final String SCHOOL = "00000000-0000-4000-8000-00000000000b";
    private static final String BUSINESS = "00000000-0000-4000-8000-00000000000c";

    private DataSource dataSource;

    @BeforeEach
    void databaseAtV19() throws SQLException {
        dataSource = Databases.fromEnvironment().emptyDatabase(DATABASE);
        flyway("19").migrate();
    }

    @Test
    void eachChangeKeepsTheLastOfItsRowsNamingItsPartiesSoNoPartysCursorSkipsAChange() throws SQLException {
        execute(
                "set session_replication_role = replica", // the placements' own references are beside the point
                placement(STUDENT_PLACEMENT, "'STUDENT'", "'" + STUDENT + "'", "null"),
                placement(COURSE_PLACEMENT, "'SCHOOL'", "null", "'IT-101'"),
                // the student placement's proposal, told to its three parties
                feed(STUDENT_PLACEMENT, "STUDENT", STUDENT, "PROPOSED", "00:00"),
                feed(STUDENT_PLACEMENT, "ORGANIZATION", SCHOOL, "PROPOSED", "00:00"),
                feed(STUDENT_PLACEMENT, "ORGANIZATION", BUSINESS, "PROPOSED", "00:00"),
                // the course placement's proposal, told to its two
                feed(COURSE_PLACEMENT, "ORGANIZATION", SCHOOL, "PROPOSED", "00:01"),
                feed(COURSE_PLACEMENT, "ORGANIZATION", BUSINESS, "PROPOSED", "00:01"),
                // two changes alike at the same instant, their rows interleaved by concurrent writers
                feed(STUDENT_PLACEMENT, "STUDENT", STUDENT, "AGREEMENT_CHANGED", "00:02"),
                feed(STUDENT_PLACEMENT, "ORGANIZATION", SCHOOL, "AGREEMENT_CHANGED", "00:02"),
                feed(STUDENT_PLACEMENT, "STUDENT", STUDENT, "AGREEMENT_CHANGED", "00:02"),
                feed(STUDENT_PLACEMENT, "ORGANIZATION", BUSINESS, "AGREEMENT_CHANGED", "00:02"),
                feed(STUDENT_PLACEMENT, "ORGANIZATION", SCHOOL, "AGREEMENT_CHANGED", "00:02"),
                feed(STUDENT_PLACEMENT, "ORGANIZATION", BUSINESS, "AGREEMENT_CHANGED", "00:02"));

        flyway("20").migrate();

        assertEquals(
                List.of(
                        "3 " + STUDENT_PLACEMENT + " PROPOSED " + STUDENT + " " + SCHOOL + " " + BUSINESS,
                        "5 " + COURSE_PLACEMENT + " PROPOSED null " + SCHOOL + " " + BUSINESS,
                        "9 " + STUDENT_PLACEMENT + " AGREEMENT_CHANGED " + STUDENT + " " + SCHOOL + " " + BUSINESS,
                        "11 " + STUDENT_PLACEMENT + " AGREEMENT_CHANGED " + STUDENT + " " + SCHOOL + " " + BUSINESS),
                rows(
                        "select id, placement_id, action, student_id, school_id, business_id from change_feed order by id"));
    }

    @Test
    void newRowsContinueAfterTheFoldedOnesSoHeldCursorsStillPointBeforeThem() throws SQLException {
        execute(
                "set session_replication_role = replica",
                placement(STUDENT_PLACEMENT, "'STUDENT'", "'" + STUDENT + "'", "null"),
                feed(STUDENT_PLACEMENT, "STUDENT", STUDENT, "PROPOSED", "00:00"),
                feed(STUDENT_PLACEMENT, "ORGANIZATION", SCHOOL, "PROPOSED", "00:00"),
                feed(STUDENT_PLACEMENT, "ORGANIZATION", BUSINESS, "PROPOSED", "00:00"));

        flyway("20").migrate();
        execute("insert into change_feed (student_id, school_id, business_id, placement_id, action,"
                + " placement_status, actor_role, at) values ('" + STUDENT + "', '" + SCHOOL + "', '" + BUSINESS
                + "', '" + STUDENT_PLACEMENT + "', 'AGREED', 'AGREED', 'STUDENT', now())");

        assertEquals(List.of("3", "4"), rows("select id from change_feed order by id"));
    }

    private Flyway flyway(String target) {
        return PlacementMigrations.upTo(dataSource, target);
    }

    private static String placement(String id, String kind, String student, String course) {
        return "insert into placement (id, application_id, offer_id, business_id, applicant_kind, student_id,"
                + " school_id, course_sourced_id, status, created_at, version, updated_at) values ('" + id
                + "', gen_random_uuid(), gen_random_uuid(), '" + BUSINESS + "', " + kind + ", " + student + ", '"
                + SCHOOL + "', " + course + ", 'PROPOSED', now(), 1, now())";
    }

    private static String feed(String placement, String kind, String recipient, String action, String minute) {
        return "insert into change_feed (recipient_kind, recipient_id, placement_id, action, placement_status,"
                + " actor_role, at) values ('" + kind + "', '" + recipient + "', '" + placement + "', '" + action
                + "', 'PROPOSED', 'SYSTEM', '2026-12-01T08:" + minute + "Z')";
    }

    private void execute(String... statements) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private List<String> rows(String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(rs.getString(i)));
                }
                rows.add(String.join(" ", values));
            }
        }
        return rows;
    }
}
