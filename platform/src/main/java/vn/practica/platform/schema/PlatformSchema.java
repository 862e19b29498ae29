package vn.practica.platform.schema;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/** The platform's own tables: outbox and inbox (and what comes with them), in {@code db/platform}. */
public class PlatformSchema {
    /** The module the others build on (its functions, such as practica_notify_change): it migrates first. */
    public static final String NAME = "platform";

    /** Also for plain tests that migrate a service's database without Quarkus. */
    public static final SchemaModule MODULE = new SchemaModule(NAME, "db/platform", List.of("0.1", "0.2"));

    @Produces
    @Singleton
    SchemaModule platformSchema() {
        return MODULE;
    }
}
