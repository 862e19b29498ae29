package vn.practica.catalog.hostile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.practica.testkit.TestTokens;

/** What every answer carries (security headers, rate-limit fields), and what readiness tells an anonymous caller. */
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
    void bulkImportsSpendTheBulkBudgetAndOtherRequestsTheOneOfTheirMethod() {
        String someSchool = UUID.randomUUID().toString();
        given().when()
                .get("/api/v1/fields")
                .then()
                .statusCode(200)
                .header("RateLimit-Policy", "\"reads\";q=1000000;w=60");
        given().auth()
                .oauth2(TestTokens.state())
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/v1/fields")
                .then()
                .statusCode(400)
                .header("RateLimit-Policy", "\"writes\";q=1000000;w=60");
        // Refused by the endpoint (another school's data, an empty package): counted all the same
        given().auth()
                .oauth2(TestTokens.school("HUST"))
                .contentType(ContentType.JSON)
                .body("{\"programs\":[],\"courses\":[]}")
                .when()
                .put("/api/v1/schools/" + someSchool + "/curriculum")
                .then()
                .statusCode(403)
                .header("RateLimit-Policy", "\"bulk\";q=1000000;w=60");
        given().auth()
                .oauth2(TestTokens.school("HUST"))
                .contentType("application/zip")
                .body(new byte[] {1})
                .when()
                .post("/api/v1/schools/" + someSchool + "/oneroster")
                .then()
                .statusCode(403)
                .header("RateLimit-Policy", "\"bulk\";q=1000000;w=60");
        given().auth()
                .oauth2(TestTokens.state())
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/ims/case/v1p1/CFPackages")
                .then()
                .statusCode(422)
                .header("RateLimit-Policy", "\"bulk\";q=1000000;w=60");
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
