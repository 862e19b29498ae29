package vn.practica.placement;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import vn.practica.platform.schema.PlatformSchema;
import vn.practica.platform.schema.SchemaModulesCallback;
import vn.practica.reference.CatalogReferenceSchema;

/** Placement-service's migrations, with the schema modules it runs beside them, for tests of one migration. */
public final class PlacementMigrations {
    private PlacementMigrations() {}

    /** Up to the latest version. */
    public static Flyway latest(DataSource dataSource) {
        return configure(dataSource).load();
    }

    /** Up to {@code version} only. */
    public static Flyway upTo(DataSource dataSource, String version) {
        return configure(dataSource).target(version).load();
    }

    private static FluentConfiguration configure(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .callbacks(new SchemaModulesCallback(
                        List.of(PlatformSchema.MODULE, CatalogReferenceSchema.MODULE), "flyway_schema_history"));
    }
}
