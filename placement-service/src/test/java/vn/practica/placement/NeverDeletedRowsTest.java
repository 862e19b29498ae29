package vn.practica.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.practica.devkit.Databases;

/**
 * Students, applications and placements are named without foreign keys where a national round writes them (V22:
 * an application's and a placement's student; V23: a placement's application, and its agreement, audit entries
 * and change-feed rows): each key checked, per row, a row its own transaction had just read or written. That no
 * row loses what it names afterwards rests on these three never being deleted, which the database enforces. On a
 * real PostgreSQL database migrated to the latest version.
 */
class NeverDeletedRowsTest {
    private static final String DATABASE =
            "practica_placement_never_deleted" + System.getenv().getOrDefault("PRACTICA_TEST_DB_SUFFIX", "");
    private static final String STUDENT = "00000000-0000-7000-8000-00000000000a";
    private static final String APPLICATION = "00000000-0000-7000-8000-0000000000a1";
    private static final String PLACEMENT = "00000000-0000-7000-8000-0000000000b1";

    private DataSource dataSource;

    @BeforeEach
    void migratedDatabaseWithAStudentTheirApplicationAndItsPlacement() throws SQLException {
        dataSource = Databases.fromEnvironment().emptyDatabase(DATABASE);
        PlacementMigrations.latest(dataSource).migrate();
        execute("insert into student (id, pseudonym, school_id, sourced_id, program_sourced_id, year_of_study,"
                + " given_name, family_name, email, field_interests, school_field_interests, created_at, version,"
                + " updated_at) values ('" + STUDENT + "', gen_random_uuid(), gen_random_uuid(), 'S-1', 'IT', 2,"
                + " 'An', 'Nguyen', 'an@example.edu.vn', '{IT}', '{IT}', now(), 1, now())");
        // Without an offer: the replica role skips the offer's key, which is not what is tested here
        execute("set session_replication_role = replica;"
                + " insert into application (id, offer_id, business_id, applicant_kind, school_id, student_id,"
                + " motivation, answers, status, created_at, version, updated_at) select '" + APPLICATION
                + "', gen_random_uuid(), gen_random_uuid(), 'STUDENT', school_id, id, '', '{}', 'ACCEPTED', now(), 1,"
                + " now() from student;"
                + " insert into placement (id, application_id, offer_id, business_id, applicant_kind, school_id,"
                + " student_id, status, created_at, version, updated_at) select '" + PLACEMENT + "', id, offer_id,"
                + " business_id, applicant_kind, school_id, student_id, 'PROPOSED', now(), 1, now() from application;"
                + " set session_replication_role = origin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"student:" + STUDENT, "application:" + APPLICATION, "placement:" + PLACEMENT})
    void deletingTheRowIsRefusedAsARestrictViolationAndTheRowStays(String row) throws SQLException {
        String table = row.substring(0, row.indexOf(':'));
        String id = row.substring(row.indexOf(':') + 1);

        SQLException refused =
                assertThrows(SQLException.class, () -> execute("delete from " + table + " where id = '" + id + "'"));

        assertEquals("23001", refused.getSQLState());
        assertEquals(1, count("select count(*) from " + table + " where id = '" + id + "'"));
    }

    @Test
    void updatingAStudentStillWorks() throws SQLException {
        execute("update student set given_name = 'Binh', version = version + 1 where id = '" + STUDENT + "'");

        assertEquals(1, count("select count(*) from student where given_name = 'Binh'"));
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
