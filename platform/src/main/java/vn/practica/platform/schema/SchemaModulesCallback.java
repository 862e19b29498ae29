package vn.practica.platform.schema;

import java.util.List;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Runs the schema modules inside the service's Flyway run: legacy rows are adopted before the service
 * validates its history, and modules migrate just before the service's first pending migration (or at the
 * end when none is pending). Not earlier: on a new database Flyway refuses a schema that holds tables but no
 * history of its own. Not later: a service migration may use module tables (a seed entering the outbox).
 */
public final class SchemaModulesCallback extends BaseCallback {
    private final List<SchemaModule> modules;
    private final String serviceHistoryTable;
    private boolean migrated;

    public SchemaModulesCallback(List<SchemaModule> modules, String serviceHistoryTable) {
        this.modules = List.copyOf(modules);
        this.serviceHistoryTable = serviceHistoryTable;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE
                || event == Event.BEFORE_MIGRATE
                || event == Event.BEFORE_EACH_MIGRATE
                || event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        var migrations = new SchemaModuleMigrations(context.getConfiguration().getDataSource(), serviceHistoryTable);
        if (event == Event.BEFORE_VALIDATE) {
            migrations.adoptLegacyVersions(modules);
        } else if (event == Event.BEFORE_MIGRATE) {
            migrated = false;
        } else if (!migrated) {
            migrations.migrate(modules);
            migrated = true;
        }
    }
}
