package vn.practica.placement.reference;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.practica.events.Topics;
import vn.practica.testkit.SampleEvents;
import vn.practica.testkit.TestTokens;

@QuarkusTest
class ReferenceFieldResourceTest {
    private static final String FIELDS = "/api/v1/reference/fields";

    private static List<String> codes() {
        return given().auth()
                .oauth2(TestTokens.business("VNG"))
                .when()
                .get(FIELDS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("code");
    }

    @Test
    void catalogFieldEventsReachPlacementReferenceData() {
        String code = "P"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        SampleEvents.send(
                Topics.CATALOG,
                SampleEvents.sample("catalog/field.created.v1.json", code, Map.of("code", code)),
                SampleEvents.sample(
                        "catalog/field.renamed.v1.json",
                        code,
                        Map.of("code", code, "version", 2, "nameVi", "Tên mới")));
        await().atMost(Duration.ofSeconds(30)).until(() -> codes().contains(code));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().auth()
                                .oauth2(TestTokens.school("HUST"))
                                .when()
                                .get(FIELDS)
                                .then()
                                .extract()
                                .jsonPath()
                                .getInt("find { it.code == '" + code + "' }.version")
                        == 2);
        given().auth()
                .oauth2(TestTokens.school("HUST"))
                .when()
                .get(FIELDS)
                .then()
                .body("find { it.code == '" + code + "' }.nameVi", equalTo("Tên mới"));
    }

    @Test
    void answersCarryTheReadsRateLimitOfTheCallersOrganization() {
        given().auth()
                .oauth2(TestTokens.business("VNG"))
                .when()
                .get(FIELDS)
                .then()
                .statusCode(200)
                .header("RateLimit-Policy", "\"reads\";q=1000000;w=60")
                .header("RateLimit", startsWith("\"reads\";r="));
    }

    @Test
    void referenceDataNeedsAToken() {
        given().when().get(FIELDS).then().statusCode(401).contentType("application/problem+json");
    }
}
