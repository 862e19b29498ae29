package vn.practica.platform.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import vn.practica.devkit.Databases;

/**
 * The platform tests' own database on the machine's PostgreSQL, named with {@code PRACTICA_TEST_DB_SUFFIX} so
 * checkouts running at the same time do not share it. Plain JDBC, so tests check rows outside the app's
 * transactions.
 */
public final class TestDatabase {
    public static final Databases DATABASES = Databases.fromEnvironment();
    public static final String NAME =
            "practica_platform_test" + System.getenv().getOrDefault("PRACTICA_TEST_DB_SUFFIX", "");

    private TestDatabase() {}

    public static String jdbcUrl() {
        return DATABASES.jdbcUrl(NAME);
    }

    /** Drops everything and applies the platform migrations as the services do, plus the tests' own table. */
    static void recreateSchema() {
        try {
            DATABASES.ensureExists(NAME);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + jdbcUrl(), e);
        }
        Flyway flyway = Flyway.configure()
                .dataSource(jdbcUrl(), DATABASES.user(), DATABASES.password())
                .locations("classpath:db/platform")
                .cleanDisabled(false)
                .load();
        flyway.clean();
        flyway.migrate();
        update("create table applied_effect (id bigint generated always as identity primary key,"
                + " event_id varchar(255) not null)");
        update("create table copied_row (id uuid primary key, note text, kind varchar(16), amount bigint,"
                + " seats integer, flag boolean, moment timestamptz, due date, ids uuid[], words text[], version bigint,"
                + " updated_at timestamptz)");
    }

    public static Connection connect() throws SQLException {
        return DATABASES.connect(NAME);
    }

    /** Runs one statement with positional parameters; returns the update count. */
    public static int update(String sql, Object... parameters) {
        try (Connection connection = connect();
                PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The first column of the first row, or null when there is none. */
    public static Object single(String sql, Object... parameters) {
        try (Connection connection = connect();
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getObject(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static long count(String sql, Object... parameters) {
        return ((Number) single(sql, parameters)).longValue();
    }

    /** Runs DDL or settings that take no parameters. */
    public static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
