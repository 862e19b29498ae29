package vn.practica.catalog.hostile;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.practica.catalog.hostile.HostileRequests.ORGS;
import static vn.practica.catalog.hostile.HostileRequests.PROBLEM;
import static vn.practica.catalog.hostile.HostileRequests.PROBLEMS;
import static vn.practica.catalog.hostile.HostileRequests.postAsState;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import vn.practica.testkit.TestTokens;

/** Bodies are read strictly: every deviation from the JSON a partner meant is a 400 saying where. */
@QuarkusTest
class StrictJsonTest {
    private static final String VALID = "{\"kind\":\"BUSINESS\",\"identifier\":\"0101234567\",\"legalName\":\"A\","
            + "\"shortName\":\"A\",\"provinceCode\":\"HN\",\"contactEmail\":\"a@example.vn\"}";

    @Test
    void duplicateKeysAreRefused() {
        postAsState(ORGS, VALID.replace("{\"kind\":\"BUSINESS\"", "{\"kind\":\"BUSINESS\",\"kind\":\"SCHOOL\""))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "malformed-body"));
    }

    @Test
    void trailingTextAfterTheDocumentIsRefused() {
        postAsState(ORGS, VALID + " {\"kind\":\"SCHOOL\"}")
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "malformed-body"));
    }

    @Test
    void unknownPropertiesAreRefusedByName() {
        postAsState(ORGS, VALID.replace("\"legalName\"", "\"legalNmae\":\"typo\",\"legalName\""))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", containsString("legalNmae"));
    }

    @Test
    void aNumberWhereTextIsExpectedIsRefusedNamingTheProperty() {
        postAsState(ORGS, VALID.replace("\"legalName\":\"A\"", "\"legalName\":42"))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", containsString("legalName"))
                .body("detail", not(containsString("java.")));
    }

    @Test
    void aNumberWhereATimeIsExpectedIsRefusedNotReadAsSecondsSince1970() {
        String school = vn.practica.catalog.Schools.register("Trường Cao đẳng Thời gian", "HN")
                .id();
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(TestTokens.school(school))
                .contentType(io.restassured.http.ContentType.JSON)
                .body("{\"programs\":[{\"sourcedId\":\"P-1\",\"fieldCode\":\"IT\",\"level\":6,"
                        + "\"nameVi\":\"Kỹ thuật\",\"status\":\"active\",\"dateLastModified\":12345}]}")
                .when()
                .put("/api/v1/schools/" + school + "/curriculum")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", containsString("dateLastModified"));
    }

    @Test
    void malformedJsonSaysWhere() {
        postAsState(ORGS, "{\"kind\": \"BUSINESS\",,}")
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", containsString("line 1"));
    }

    @Test
    void overDeepNestingIsRefused() {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        postAsState(ORGS, "{\"kind\":" + deep + "}").statusCode(400).contentType(PROBLEM);
    }

    @Test
    void aBodyWithoutContentTypeIsRefusedWith415() throws Exception {
        // java.net.http sends no Content-Type unless told; REST Assured would add one.
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + "/ims/case/v1p1/CFPackages"))
                .header("Authorization", "Bearer " + TestTokens.state())
                .POST(HttpRequest.BodyPublishers.ofString("{\"CFDocument\":{}}"))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(415, response.statusCode());
        assertEquals(PROBLEM, response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains(PROBLEMS + "unsupported-media-type"));
    }
}
