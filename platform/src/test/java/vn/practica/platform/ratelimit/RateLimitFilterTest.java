package vn.practica.platform.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.practica.platform.testing.TestDatabase;
import vn.practica.platform.testing.TestTokens;

/**
 * The limits as a client meets them, on the platform test app's budgets (test application.properties): reads
 * 5 per 60 s, writes 3 per 60 s, bulk 2 per 2 s.
 */
@QuarkusTest
class RateLimitFilterTest {
    private static final String PROBLEM = "application/problem+json";
    private static final int READS = 5;
    private static final int WRITES = 3;
    private static final int BULK = 2;

    @Inject
    MeterRegistry registry;

    @BeforeEach
    void fullBuckets() {
        TestDatabase.update("delete from rate_limit_bucket");
    }

    /** The test app's budgets are tiny, and the platform's other HTTP tests share its buckets. */
    @AfterEach
    void leaveFullBucketsForOtherTests() {
        fullBuckets();
    }

    @Test
    void servedAnswersCarryThePolicyAndTheRemainingBudget() {
        String org = newOrganization();

        as(org).when()
                .get("/probe")
                .then()
                .statusCode(200)
                .header("RateLimit-Policy", "\"reads\";q=5;w=60")
                .header("RateLimit", "\"reads\";r=4;t=12");
        as(org).when().get("/probe").then().statusCode(200).header("RateLimit", "\"reads\";r=3;t=12");
    }

    @Test
    void theRequestOverTheLimitIsRefusedWith429RetryAfterAndRateLimitFieldsAndChangesNothing() {
        String org = newOrganization();
        double refusedBefore = refused("writes");
        for (int i = 0; i < WRITES; i++) {
            write(org).then().statusCode(201);
        }

        ExtractableResponse<Response> refused =
                write(org).then().statusCode(429).contentType(PROBLEM).extract();

        assertEquals("https://practica.vn/problems/rate-limited", refused.path("type"));
        assertEquals(429, (int) refused.path("status"));
        assertEquals("writes", refused.path("policy"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 20, "one interval of 60 s / 3 at most: " + retryAfter);
        assertEquals("\"writes\";q=3;w=60", refused.header("RateLimit-Policy"));
        assertEquals("\"writes\";r=0;t=" + retryAfter, refused.header("RateLimit"));
        assertEquals(WRITES, effectsOf(org));
        assertEquals(1, refused("writes") - refusedBefore);
    }

    @Test
    void oneOrganizationSpendingItsBudgetLeavesAnotherOrganizationsIntact() {
        String spender = newOrganization();
        String other = newOrganization();
        for (int i = 0; i < WRITES; i++) {
            write(spender).then().statusCode(201);
        }
        write(spender).then().statusCode(429);

        write(other).then().statusCode(201).header("RateLimit", "\"writes\";r=2;t=20");
    }

    @Test
    void unauthenticatedCallersShareTheBudgetOfTheirAddressWhateverTheyClaimToForward() {
        for (int i = 0; i < READS; i++) {
            given().header("X-Forwarded-For", "198.51.100." + i)
                    .when()
                    .get("/probe")
                    .then()
                    .statusCode(200);
        }
        given().header("X-Forwarded-For", "198.51.100.99")
                .when()
                .get("/probe")
                .then()
                .statusCode(429)
                .contentType(PROBLEM);

        as(newOrganization()).when().get("/probe").then().statusCode(200);
    }

    @Test
    void aTokenThatFailsVerificationIsCountedByAddressAndAnsweredAsBefore() {
        given().auth()
                .oauth2(TestTokens.forged())
                .when()
                .get("/probe")
                .then()
                .statusCode(200)
                .header("RateLimit", "\"reads\";r=4;t=12");
        for (int i = 1; i < READS; i++) {
            given().when().get("/probe").then().statusCode(200);
        }

        given().auth().oauth2(TestTokens.forged()).when().get("/probe").then().statusCode(429);
    }

    @Test
    void requestsWithoutTheTokenAnEndpointRequiresAreRefusedBeforeTheyAreCounted() {
        for (int i = 0; i <= WRITES; i++) {
            given().when().post("/probe/imports").then().statusCode(401).header("RateLimit", nullValue());
        }

        given().when().get("/probe").then().statusCode(200).header("RateLimit", "\"reads\";r=4;t=12");
    }

    @Test
    void aBulkEndpointSpendsTheBulkBudgetNotTheWritesOne() {
        String org = newOrganization();
        for (int i = 0; i < BULK; i++) {
            as(org).when().post("/probe/imports").then().statusCode(200).header("RateLimit-Policy", "\"bulk\";q=2;w=2");
        }
        as(org).when().post("/probe/imports").then().statusCode(429).body("policy", equalTo("bulk"));

        write(org).then().statusCode(201).header("RateLimit", "\"writes\";r=2;t=20");
    }

    @Test
    void theBucketRefillsAfterThePeriod() throws InterruptedException {
        String org = newOrganization();
        for (int i = 0; i < BULK; i++) {
            as(org).when().post("/probe/imports").then().statusCode(200);
        }
        String retryAfter = as(org).when()
                .post("/probe/imports")
                .then()
                .statusCode(429)
                .extract()
                .header("Retry-After");
        assertEquals("1", retryAfter, "one interval of 2 s / 2");

        Thread.sleep(2_100);

        for (int i = 0; i < BULK; i++) {
            as(org).when().post("/probe/imports").then().statusCode(200);
        }
    }

    @Test
    void aRolledBackRequestStillSpendsItsBudget() {
        String org = newOrganization();

        as(org).when()
                .post("/probe/effects/" + org + "/rolled-back")
                .then()
                .statusCode(409)
                .header("RateLimit", "\"writes\";r=2;t=20");

        write(org).then().statusCode(201).header("RateLimit", "\"writes\";r=1;t=20");
        assertEquals(1, effectsOf(org));
    }

    @Test
    void healthMetricsAndOpenApiAreNeverLimited() {
        for (int i = 0; i <= READS; i++) {
            given().when().get("/probe");
        }
        given().when().get("/probe").then().statusCode(429);

        for (String path : new String[] {"/q/health/live", "/q/metrics", "/q/openapi"}) {
            for (int i = 0; i < 2 * READS; i++) {
                given().when().get(path).then().statusCode(200).header("RateLimit", nullValue());
            }
        }
    }

    private static RequestSpecification as(String org) {
        return given().auth().oauth2(TestTokens.ofOrganization(org));
    }

    private static Response write(String org) {
        return as(org).when().post("/probe/effects/" + org);
    }

    private static String newOrganization() {
        return UUID.randomUUID().toString();
    }

    private static long effectsOf(String org) {
        return TestDatabase.count("select count(*) from applied_effect where event_id = ?", org);
    }

    private double refused(String group) {
        return registry.get("practica.http.rate.limited")
                .tag("group", group)
                .counter()
                .count();
    }
}
