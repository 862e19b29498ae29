package vn.practica.platform.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.logging.Logger;

/**
 * Migrates each {@link SchemaModule} with its own Flyway history. Databases created while module migrations
 * still shared the service's history adopt them once: the module's history starts at a baseline and the old
 * rows leave the service's history, so neither side sees versions it does not know.
 */
public final class SchemaModuleMigrations {
    private static final Logger LOG = Logger.getLogger(SchemaModuleMigrations.class);

    private final DataSource dataSource;
    private final String serviceHistoryTable;

    public SchemaModuleMigrations(DataSource dataSource, String serviceHistoryTable) {
        this.dataSource = dataSource;
        this.serviceHistoryTable = serviceHistoryTable;
    }

    /**
     * Moves modules still recorded in the service's history into their own, before the service validates
     * its history; a database without such rows is left alone.
     */
    public void adoptLegacyVersions(List<SchemaModule> modules) {
        for (SchemaModule module : modules) {
            withConnection(module, connection -> adopt(connection, module));
        }
    }

    /** Adopts, then applies each module's pending migrations. */
    public void migrate(List<SchemaModule> modules) {
        for (SchemaModule module : modules) {
            withConnection(module, connection -> {
                adopt(connection, module);
                MigrateResult result = flyway(module, 0).migrate();
                if (result.migrationsExecuted > 0) {
                    LOG.infof("Schema module %s migrated to %s", module.name(), result.targetSchemaVersion);
                }
            });
        }
    }

    private void adopt(Connection connection, SchemaModule module) throws SQLException {
        List<String> adopted = adoptableLegacyVersions(connection, module);
        if (adopted.isEmpty()) {
            return;
        }
        flyway(module, adopted.size()).baseline();
        forgetLegacyVersions(connection, adopted);
        LOG.infof("Schema module %s adopted versions %s from %s", module.name(), adopted, serviceHistoryTable);
    }

    private interface ConnectionWork {
        void run(Connection connection) throws SQLException;
    }

    private void withConnection(SchemaModule module, ConnectionWork work) {
        try (Connection connection = dataSource.getConnection()) {
            work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not migrate schema module " + module.name(), e);
        }
    }

    private Flyway flyway(SchemaModule module, int baseline) {
        var configuration = Flyway.configure()
                .dataSource(dataSource)
                .table(module.historyTable())
                .locations("classpath:" + module.location());
        // The schema already holds the service's tables: start the module's history below its V1, or at
        // the last version adopted from the service's history.
        return configuration
                .baselineOnMigrate(true)
                .baselineVersion(Integer.toString(baseline))
                .load();
    }

    /** The module's old versions in the service's history, when the module has no history of its own yet. */
    private List<String> adoptableLegacyVersions(Connection connection, SchemaModule module) throws SQLException {
        if (module.legacyVersions().isEmpty()
                || tableExists(connection, module.historyTable())
                || !tableExists(connection, serviceHistoryTable)) {
            return List.of();
        }
        String sql = "select version from " + serviceHistoryTable + " where version = any(?) and success";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(
                    1,
                    connection.createArrayOf("varchar", module.legacyVersions().toArray()));
            List<String> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found.size() == module.legacyVersions().size() ? found : List.of();
        }
    }

    private void forgetLegacyVersions(Connection connection, List<String> versions) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("delete from " + serviceHistoryTable + " where version = any(?)")) {
            statement.setArray(1, connection.createArrayOf("varchar", versions.toArray()));
            statement.executeUpdate();
        }
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("select to_regclass(current_schema() || '.' || ?) is not null")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        }
    }
}
