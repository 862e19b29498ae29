package vn.practica.placement;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import vn.practica.testkit.PracticaTestResource;

/** Every placement @QuarkusTest runs against a real broker and the practica_placement_test database. */
@QuarkusTestResource(
        value = PracticaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "practica_placement_test"))
public class PlacementTestInfrastructure {}
