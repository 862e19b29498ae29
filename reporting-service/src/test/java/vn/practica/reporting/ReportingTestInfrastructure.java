package vn.practica.reporting;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import vn.practica.testkit.PracticaTestResource;

/** Every reporting @QuarkusTest runs against a real broker and the practica_reporting_test database. */
@QuarkusTestResource(
        value = PracticaTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "practica_reporting_test"))
public class ReportingTestInfrastructure {}
