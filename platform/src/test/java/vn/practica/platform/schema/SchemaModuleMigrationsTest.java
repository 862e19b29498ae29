package vn.practica.platform.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.practica.devkit.Databases;

/** Schema modules keep their own history, on a real PostgreSQL database. */
class SchemaModuleMigrationsTest {
    private static final String DATABASE =
            "practica_platform_schema_test" + System.getenv().getOrDefault("PRACTICA_TEST_DB_SUFFIX", "");
    private static final String BASE = "db/schema-test/";

    private DataSource dataSource;

    @BeforeEach
    void freshDatabase() throws SQLException {
        dataSource = Databases.fromEnvironment().emptyDatabase(DATABASE);
    }

    @Test
    void aModuleMigrationAddedLaterAppliesToADatabaseAlreadyAtTheServicesLatestVersion() throws SQLException {
        serviceFlyway(module("module-v1")).migrate();
        assertEquals(List.of("1", "10"), versions("flyway_schema_history"));

        serviceFlyway(module("module-v2")).migrate();

        assertTrue(tableExists("module_c"));
        assertEquals(List.of("0", "1", "2", "3"), versions("test_module_schema_history"));
        assertEquals(List.of("1", "10"), versions("flyway_schema_history"));
    }

    @Test
    void adoptsModuleMigrationsTheServiceHistoryRecordedBeforeTheyHadTheirOwn() throws SQLException {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:" + BASE + "service", "classpath:" + BASE + "legacy")
                .load()
                .migrate();
        assertEquals(List.of("0.1", "0.2", "1", "10"), versions("flyway_schema_history"));

        serviceFlyway(module("module-v2")).migrate();

        assertEquals(List.of("1", "10"), versions("flyway_schema_history"));
        assertEquals(List.of("2", "3"), versions("test_module_schema_history"));
        assertTrue(tableExists("module_c"));
        serviceFlyway(module("module-v2")).validate();
    }

    @Test
    void modulesMigrateBeforeTheServiceSoItsMigrationsMayUseTheirTables() throws SQLException {
        serviceFlyway(module("module-v1")).migrate();

        assertEquals(1, count("module_a"));
    }

    private static SchemaModule module(String folder) {
        return new SchemaModule("test_module", BASE + folder, List.of("0.1", "0.2"));
    }

    private Flyway serviceFlyway(SchemaModule module) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:" + BASE + "service")
                .callbacks(new SchemaModulesCallback(List.of(module), "flyway_schema_history"))
                .load();
    }

    private List<String> versions(String historyTable) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection
                        .createStatement()
                        .executeQuery("select version from " + historyTable
                                + " where version is not null order by installed_rank")) {
            List<String> versions = new ArrayList<>();
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
            return versions;
        }
    }

    private boolean tableExists(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.createStatement().executeQuery("select to_regclass('" + table + "')")) {
            return rows.next() && rows.getString(1) != null;
        }
    }

    private int count(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.createStatement().executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
