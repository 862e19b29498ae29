package vn.practica.platform.schema;

import java.util.List;

/**
 * Tables a shared module owns inside a service's database, migrated by their own Flyway history so the
 * module and the service each add migrations without numbering into the other's sequence.
 *
 * @param name lower-case identifier; the history table is {@code <name>_schema_history}
 * @param location classpath folder of the module's {@code V1__...sql} migrations
 * @param legacyVersions versions these migrations had in the service's history before they moved to their own;
 *     a database that has them adopts the module at {@code legacyVersions.size()}
 */
public record SchemaModule(String name, String location, List<String> legacyVersions) {
    public SchemaModule {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("schema module name must be a lower-case identifier: " + name);
        }
        legacyVersions = List.copyOf(legacyVersions);
    }

    public String historyTable() {
        return name + "_schema_history";
    }
}
