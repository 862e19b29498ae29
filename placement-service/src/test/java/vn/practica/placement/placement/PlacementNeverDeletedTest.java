package vn.practica.placement.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.practica.devkit.Databases;
import vn.practica.placement.PlacementMigrations;

/**
 * A placement's agreement, audit entries and change-feed rows, and the placement's own application, are named
 * without foreign keys since V23 (a national round paid a key check per row for rows its own transaction had just
 * written); that nothing loses what it names afterwards rests on applications and placements never being deleted,
 * which the database enforces. On a real PostgreSQL database migrated to the latest version.
 */
class PlacementNeverDeletedTest {
    private static final String DATABASE =
            "practica_placement_placement_kept" + System.getenv().getOrDefault("PRACTICA_TEST_DB_SUFFIX", "");
    private static final String APPLICATION = "00000000-0000-7000-8000-0000000000a1";
    private static final String PLACEMENT = "00000000-0000-7000-8000-0000000000b1";

    private DataSource dataSource;

    @BeforeEach
    void migratedDatabaseWithOneApplicationAndItsPlacement() throws SQLException {
        dataSource = Databases.fromEnvironment().emptyDatabase(DATABASE);
        PlacementMigrations.latest(dataSource).migrate();
        // Without an offer of their own: the replica role skips the offer's key, which is not what is tested here
        execute("set session_replication_role = replica;"
                + " insert into application (id, offer_id, business_id, applicant_kind, school_id, student_id,"
                + " motivation, answers, status, created_at, version, updated_at) values ('" + APPLICATION
                + "', gen_random_uuid(), gen_random_uuid(), 'STUDENT', gen_random_uuid(), gen_random_uuid(), '',"
                + " '{}', 'ACCEPTED', now(), 1, now());"
                + " insert into placement (id, application_id, offer_id, business_id, applicant_kind, school_id,"
                + " student_id, status, created_at, version, updated_at) select '" + PLACEMENT + "', id, offer_id,"
                + " business_id, applicant_kind, school_id, student_id, 'PROPOSED', now(), 1, now() from application;"
                + " set session_replication_role = origin");
    }

    @Test
    void deletingAPlacementIsRefusedAsARestrictViolationAndThePlacementStays() throws SQLException {
        SQLException refused =
                assertThrows(SQLException.class, () -> execute("delete from placement where id = '" + PLACEMENT + "'"));

        assertEquals("23001", refused.getSQLState());
        assertEquals(1, count("select count(*) from placement where id = '" + PLACEMENT + "'"));
    }

    @Test
    void deletingAnApplicationIsRefusedAsARestrictViolationAndTheApplicationStays() throws SQLException {
        SQLException refused = assertThrows(
                SQLException.class, () -> execute("delete from application where id = '" + APPLICATION + "'"));

        assertEquals("23001", refused.getSQLState());
        assertEquals(1, count("select count(*) from application where id = '" + APPLICATION + "'"));
    }

    @Test
    void endingAPlacementStillWorks() throws SQLException {
        execute("update placement set status = 'WITHDRAWN', ended_at = now(), ended_by = 'STUDENT',"
                + " version = version + 1 where id = '" + PLACEMENT + "'");

        assertEquals(1, count("select count(*) from placement where status = 'WITHDRAWN'"));
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement statement = c.createStatement()) {
            statement.execute(sql);
        }
    }

    private long count(String query) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement statement = c.createStatement();
                ResultSet r = statement.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }
}
