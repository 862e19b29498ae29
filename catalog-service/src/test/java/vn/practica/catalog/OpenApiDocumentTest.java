package vn.practica.catalog;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.practica.testkit.openapi.OpenApiDocumentRules;

/**
 * Partners generate clients from {@code /q/openapi}: every operation keeps the operationId it was published
 * with, no framework type appears as a schema, every error answer is a problem, and the CASE import's body is
 * described by its CASE properties.
 */
@QuarkusTest
class OpenApiDocumentTest {
    /** Published names: renaming one breaks every generated client's method of that name. */
    private static final Set<String> OPERATION_IDS = Set.of(
            "listFields",
            "getField",
            "createField",
            "renameField",
            "retireField",
            "listFieldCompetencies",
            "replaceFieldCompetencies",
            "listProvinces",
            "registerOrganization",
            "listOrganizations",
            "getOrganization",
            "verifyOrganization",
            "suspendOrganization",
            "rejectOrganization",
            "syncCurriculum",
            "importOneRosterBundle",
            "listChangedCourses",
            "searchCourses",
            "searchPrograms",
            "searchCompetencyItems",
            "getAllCFDocuments",
            "getCFDocument",
            "getCFItem",
            "getCFAssociation",
            "getCFPackage",
            "importCFPackage",
            "deleteCFPackage",
            "listCooperationModels",
            "getCooperationModel",
            "getCooperationModelVersion",
            "createCooperationModel",
            "reviseCooperationModel",
            "retireCooperationModel");

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
        assertEquals(new TreeSet<>(OPERATION_IDS), OpenApiDocumentRules.assertUniqueOperationIds(document()));
    }

    @Test
    void noSchemaIsAFrameworkTypeLeakingIntoTheApi() {
        OpenApiDocumentRules.assertNoFrameworkTypes(document());
    }

    @Test
    void everyErrorAnswerIsDocumentedAsAProblem() {
        OpenApiDocumentRules.assertErrorsAreProblems(document());
    }

    @Test
    void theCasePackageImportTakesACfPackageDescribedByItsCaseProperties() {
        JsonNode doc = document();
        JsonNode body =
                doc.at("/paths/~1ims~1case~1v1p1~1CFPackages/post/requestBody/content/application~1json/schema");
        assertEquals("#/components/schemas/CFPackage", body.path("$ref").asText());
        JsonNode cfPackage = doc.at("/components/schemas/CFPackage/properties");
        assertEquals(List.of("CFDocument", "CFItems", "CFAssociations"), names(cfPackage));
        assertEquals(20_000, cfPackage.at("/CFItems/maxItems").asInt());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
