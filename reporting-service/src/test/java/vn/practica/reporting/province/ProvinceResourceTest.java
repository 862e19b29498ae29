package vn.practica.reporting.province;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.practica.testkit.TestTokens;

/** The 34 provinces as seeded, and the population only the State sets, against the version it read. */
@QuarkusTest
class ProvinceResourceTest {
    private static final String PROBLEM = "application/problem+json";

    @Test
    void the34ProvincesAreSeededWithNamesAndNoInventedPopulation() {
        given().auth()
                .oauth2(TestTokens.school(UUID.randomUUID().toString()))
                .get("/api/v1/provinces")
                .then()
                .statusCode(200)
                .body("$", hasSize(34))
                .body("code", hasItems("HN", "HCM", "HUE", "AG"))
                .body("find { it.code == 'HP' }.nameVi", equalTo("Hải Phòng"))
                .body("find { it.code == 'LS' }.population", equalTo(null));
    }

    @Test
    void theStateSetsPopulationAgainstTheVersionItRead() {
        String path = "/api/v1/provinces/CM/population";
        String etag = given().auth()
                .oauth2(TestTokens.state())
                .get("/api/v1/provinces/CM")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(TestTokens.state())
                .contentType(ContentType.JSON)
                .body(Map.of("population", 2_000_000))
                .put(path)
                .then()
                .statusCode(428)
                .contentType(PROBLEM);
        long version = Long.parseLong(etag.replace("\"", ""));
        given().auth()
                .oauth2(TestTokens.state())
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("population", 2_000_000 + version))
                .put(path)
                .then()
                .statusCode(200)
                .header("ETag", "\"" + (version + 1) + "\"")
                .body("population", equalTo((int) (2_000_000 + version)));
        given().auth()
                .oauth2(TestTokens.state())
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("population", 3_000_000))
                .put(path)
                .then()
                .statusCode(412)
                .body("currentVersion", equalTo((int) version + 1));
        given().auth()
                .oauth2(TestTokens.state())
                .get("/api/v1/provinces/CM")
                .then()
                .body("population", equalTo((int) (2_000_000 + version)));
    }

    @Test
    void othersMayNotSetPopulationAndHostileInputChangesNothing() {
        given().auth()
                .oauth2(TestTokens.school(UUID.randomUUID().toString()))
                .contentType(ContentType.JSON)
                .header("If-Match", "*")
                .body(Map.of("population", 5))
                .put("/api/v1/provinces/LS/population")
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        for (Object body : new Object[] {
            Map.of("population", 0),
            Map.of("population", 200_000_001),
            "{\"population\": \"5\"}",
            "{}",
            "{\"population\": 5, \"x\": 1}"
        }) {
            given().auth()
                    .oauth2(TestTokens.state())
                    .contentType(ContentType.JSON)
                    .header("If-Match", "*")
                    .body(body)
                    .put("/api/v1/provinces/LS/population")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM);
        }
        for (String code : new String[] {"ZZ", "HN%00", "hn", "TOOLONGCODE"}) {
            given().auth()
                    .oauth2(TestTokens.state())
                    .urlEncodingEnabled(false)
                    .contentType(ContentType.JSON)
                    .header("If-Match", "*")
                    .body(Map.of("population", 5))
                    .put("/api/v1/provinces/" + code + "/population")
                    .then()
                    .statusCode(org.hamcrest.Matchers.either(equalTo(400)).or(equalTo(404)))
                    .contentType(PROBLEM);
        }
        given().auth()
                .oauth2(TestTokens.state())
                .get("/api/v1/provinces/LS")
                .then()
                .body("population", equalTo(null))
                .body("version", equalTo(1));
    }
}
