package vn.practica.catalog;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import vn.practica.testkit.PracticaTestResource;

/** Every catalog @QuarkusTest runs against a real broker and the practica_catalog_test database. */
@QuarkusTestResource(
        value = PracticaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "practica_catalog_test"))
public class CatalogTestInfrastructure {}
