package vn.practica.catalog.hostile;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import vn.practica.testkit.TestTokens;

/** Requests a careless or hostile partner system sends, and what a clean refusal looks like. */
final class HostileRequests {
    static final String PROBLEM = "application/problem+json";
    static final String PROBLEMS = "https://practica.vn/problems/";
    static final String ORGS = "/api/v1/organizations";

    private HostileRequests() {}

    /** A valid business registration with a fresh tax code. */
    static Map<String, Object> business() {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "BUSINESS");
        body.put("identifier", Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L)));
        body.put("legalName", "Công ty Thử nghiệm");
        body.put("shortName", "Thử nghiệm");
        body.put("provinceCode", "HN");
        body.put("contactEmail", "hr@example.vn");
        return body;
    }

    static ValidatableResponse postAsState(String path, String rawJson) {
        return given().auth()
                .oauth2(TestTokens.state())
                .contentType(ContentType.JSON)
                .body(rawJson)
                .when()
                .post(path)
                .then();
    }
}
