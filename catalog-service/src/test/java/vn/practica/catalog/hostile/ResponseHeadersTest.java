package vn.practica.catalog.hostile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.practica.testkit.TestTokens;

/** What every answer carries, and what readiness tells an anonymous caller. */
@QuarkusTest
class ResponseHeadersTest {
    @Test
    void answersToAuthenticatedRequestsAreNeverStoredAndNeverSniffed() {
        given().auth()
                .oauth2(TestTokens.state())
                .when()
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .header("Cache-Control", equalTo("no-store"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
        given().when()
                .get("/api/v1/fields")
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", nullValue());
    }

    @Test
    void readinessShowsNoBrokerAddress() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body(not(containsString("localhost:")))
                .body(not(containsString("127.0.0.1")));
    }
}
