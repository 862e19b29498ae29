package vn.practica.reporting;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.practica.testkit.openapi.OpenApiDocumentRules;

/**
 * Partners generate clients from {@code /q/openapi}: every operation keeps the operationId it was published
 * with, no framework type appears as a schema, and every error answer is a problem.
 */
@QuarkusTest
class OpenApiDocumentTest {
    private static JsonNode document() {
        return OpenApiDocumentRules.parse(given().when()
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    @Test
    void everyOperationKeepsItsOwnPublishedOperationId() {
        assertEquals(
                Set.of(
                        "getFieldKpis",
                        "getPlacementKpis",
                        "listProvinces",
                        "getProvince",
                        "setProvincePopulation",
                        "putTarget",
                        "getTarget",
                        "deleteTarget",
                        "getTargetProgress"),
                OpenApiDocumentRules.assertUniqueOperationIds(document()));
    }

    @Test
    void noSchemaIsAFrameworkTypeLeakingIntoTheApi() {
        OpenApiDocumentRules.assertNoFrameworkTypes(document());
    }

    @Test
    void everyErrorAnswerIsDocumentedAsAProblem() {
        OpenApiDocumentRules.assertErrorsAreProblems(document());
    }
}
