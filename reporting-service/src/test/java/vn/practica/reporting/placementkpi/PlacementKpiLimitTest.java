package vn.practica.reporting.placementkpi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.practica.reporting.PlacementEvents;
import vn.practica.reporting.PlacementEvents.Offer;
import vn.practica.testkit.TestTokens;

/** A table larger than practica.reporting.kpi.max-rows is refused as a whole, with its own problem type. */
@QuarkusTest
@TestProfile(PlacementKpiLimitTest.ThreeRows.class)
class PlacementKpiLimitTest {
    public static class ThreeRows implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("practica.reporting.kpi.max-rows", "3");
        }
    }

    @Test
    void aTableOfMoreRowsThanTheLimitIsRefusedAndASmallerOneIsServed() {
        UUID business = UUID.randomUUID();
        PlacementEvents events = new PlacementEvents();
        for (String field : new String[] {"IT", "TOURISM", "FINTECH"}) {
            events.published(Offer.of(business, field, "HCM", 1), "2027-01-10T02:00:00Z");
        }
        events.send();
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                // No row until the events are applied: path(...) is null then, not a failure
                .until(() -> java.util.Objects.equals(
                        3,
                        given().auth()
                                .oauth2(TestTokens.business(business.toString()))
                                .queryParams(Map.of("from", "2027-01-01", "period", "year"))
                                .get(KpiTables.PATH)
                                .then()
                                .extract()
                                .path("rows[0].offersPublished")));

        given().auth()
                .oauth2(TestTokens.business(business.toString()))
                .queryParams(Map.of("from", "2027-01-01", "period", "year", "groupBy", "field"))
                .when()
                .get(KpiTables.PATH)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://practica.vn/problems/kpi-table-too-large"));
    }
}
