package vn.practica.platform.schema;

import io.quarkus.arc.All;
import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Hooks the schema modules into the service's own Flyway run: they migrate first (a service migration may
 * write to a platform table, such as a seed entering the outbox), each in its own history; platform before the
 * others, which may use what it defines.
 */
@Singleton
public class SchemaModulesCustomizer implements FlywayConfigurationCustomizer {
    private final List<SchemaModule> modules;

    SchemaModulesCustomizer(@All List<SchemaModule> modules) {
        this.modules = modules.stream()
                .sorted(Comparator.comparing(
                                (SchemaModule module) -> !module.name().equals(PlatformSchema.NAME))
                        .thenComparing(SchemaModule::name))
                .toList();
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        List<Callback> callbacks = new ArrayList<>(List.of(configuration.getCallbacks()));
        callbacks.add(new SchemaModulesCallback(modules, configuration.getTable()));
        configuration.callbacks(callbacks.toArray(Callback[]::new));
    }
}
