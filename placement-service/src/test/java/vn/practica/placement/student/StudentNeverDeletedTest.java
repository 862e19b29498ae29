package vn.practica.placement.student;

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
 * Applications and placements name their student without a foreign key since V22 (the key's share lock on the
 * student's row was the costliest part of a national round's inserts); what the key guaranteed afterwards, that no
 * application or placement loses its student, rests on students never being deleted, which the database enforces.
 * On a real PostgreSQL database migrated to the latest version.
 */
class StudentNeverDeletedTest {
    private static final String DATABASE =
            "practica_placement_student_kept" + System.getenv().getOrDefault("PRACTICA_TEST_DB_SUFFIX", "");
    private static final String STUDENT = "00000000-0000-7000-8000-00000000000a";

    private DataSource dataSource;

    @BeforeEach
    void migratedDatabaseWithOneStudent() throws SQLException {
        dataSource = Databases.fromEnvironment().emptyDatabase(DATABASE);
        PlacementMigrations.latest(dataSource).migrate();
        execute("insert into student (id, pseudonym, school_id, sourced_id, program_sourced_id, year_of_study,"
                + " given_name, family_name, email, field_interests, school_field_interests, created_at, version,"
                + " updated_at) values ('" + STUDENT + "', gen_random_uuid(), gen_random_uuid(), 'S-1', 'IT', 2,"
                + " 'An', 'Nguyen', 'an@example.edu.vn', '{IT}', '{IT}', now(), 1, now())");
    }

    @Test
    void deletingAStudentIsRefusedAsARestrictViolationAndTheStudentStays() throws SQLException {
        SQLException refused =
                assertThrows(SQLException.class, () -> execute("delete from student where id = '" + STUDENT + "'"));

        assertEquals("23001", refused.getSQLState());
        assertEquals(1, count("select count(*) from student where id = '" + STUDENT + "'"));
    }

    @Test
    void updatingAStudentStillWorks() throws SQLException {
        execute("update student set given_name = 'Binh', version = version + 1 where id = '" + STUDENT + "'");

        assertEquals(1, count("select count(*) from student where given_name = 'Binh'"));
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
