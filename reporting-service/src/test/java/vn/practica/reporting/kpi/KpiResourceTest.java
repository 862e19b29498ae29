package vn.practica.reporting.kpi;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.practica.events.Topics;
import vn.practica.testkit.SampleEvents;
import vn.practica.testkit.TestTokens;

@QuarkusTest
class KpiResourceTest {
    private static final String FIELD_KPIS = "/api/v1/kpis/fields";
    private static final String PROBLEM = "application/problem+json";

    private static JsonPath kpis() {
        return given().auth()
                .oauth2(TestTokens.state())
                .when()
                .get(FIELD_KPIS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void activeFieldCountFollowsCatalogEvents() {
        long before = kpis().getLong("activeFields");
        String code = "K"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        SampleEvents.send(
                Topics.CATALOG, SampleEvents.sample("catalog/field.created.v1.json", code, Map.of("code", code)));
        await().atMost(Duration.ofSeconds(30)).until(() -> kpis().getLong("activeFields") == before + 1);

        SampleEvents.send(
                Topics.CATALOG,
                SampleEvents.sample("catalog/field.retired.v1.json", code, Map.of("code", code, "version", 2)));
        await().atMost(Duration.ofSeconds(30)).until(() -> kpis().getLong("activeFields") == before);
        given().auth()
                .oauth2(TestTokens.state())
                .when()
                .get(FIELD_KPIS)
                .then()
                .body("lastEventAppliedAt", notNullValue());
    }

    @Test
    void answersCarryTheReadsRateLimitOfTheCallersOrganization() {
        given().auth()
                .oauth2(TestTokens.state())
                .when()
                .get(FIELD_KPIS)
                .then()
                .statusCode(200)
                .header("RateLimit-Policy", "\"reads\";q=1000000;w=60")
                .header("RateLimit", startsWith("\"reads\";r="));
    }

    @Test
    void kpisNeedAToken() {
        given().when().get(FIELD_KPIS).then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void onlyTheStateReadsKpis() {
        for (String token :
                new String[] {TestTokens.school("HUST"), TestTokens.business("VNG"), TestTokens.student("HUST")}) {
            given().auth()
                    .oauth2(token)
                    .when()
                    .get(FIELD_KPIS)
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM);
        }
    }
}
