package vn.practica.reference;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import vn.practica.platform.schema.SchemaModule;

/** The consumer-side copies of catalog data, migrated in their own history ({@code db/catalog-reference}). */
public class CatalogReferenceSchema {
    /** Also for plain tests that migrate a service's database without Quarkus. */
    public static final SchemaModule MODULE =
            new SchemaModule("catalog_reference", "db/catalog-reference", List.of("0.10", "1.1"));

    @Produces
    @Singleton
    SchemaModule catalogReferenceSchema() {
        return MODULE;
    }
}
