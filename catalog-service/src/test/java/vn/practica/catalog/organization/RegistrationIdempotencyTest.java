package vn.practica.catalog.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.practica.events.catalog.CatalogEventTypes;
import vn.practica.platform.idempotency.IdempotencyPurge;
import vn.practica.testkit.TestTokens;

/** Registration with an Idempotency-Key: one effect per key, whatever the retries, races and crashes. */
@QuarkusTest
class RegistrationIdempotencyTest {
    private static final String ORGS = "/api/v1/organizations";
    private static final String KEY = "Idempotency-Key";
    private static final String PROBLEMS = "https://practica.vn/problems/";
    private static final int CONCURRENT_REQUESTS = 20;

    @Inject
    EntityManager em;

    @Inject
    IdempotencyPurge purge;

    private static Map<String, Object> business() {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "BUSINESS");
        body.put(
                "identifier",
                String.format("%010d", ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L)));
        body.put("legalName", "Công ty Logistics Đà Nẵng");
        body.put("shortName", "Logistics Đà Nẵng");
        body.put("provinceCode", "HCM");
        body.put("contactEmail", "hr@logistics-danang.vn");
        body.put("fieldCodes", List.of("PORT_OPS"));
        return body;
    }

    private static ExtractableResponse<Response> register(String token, String key, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .header(KEY, key)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(ORGS)
                .then()
                .extract();
    }

    @Test
    void aRetryReplaysTheFirstResponseWithoutASecondEffect() {
        String orgId = UUID.randomUUID().toString();
        String token = TestTokens.business(orgId);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = business();
        var first = register(token, key, body);
        assertEquals(201, first.statusCode());
        assertEquals(null, first.header("Idempotent-Replayed"));
        var retry = register(token, key, body);
        assertEquals(201, retry.statusCode());
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(ORGS + "/" + orgId, retry.header("Location"));
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
        assertTrue(retry.contentType().startsWith("application/json"));
        assertEquals(first.body().asString(), retry.body().asString());
        assertEquals(List.of(1L, 1L, 1L), effects(orgId, key));
    }

    @Test
    void twentyConcurrentRequestsWithOneKeyRegisterOnce() throws Exception {
        String orgId = UUID.randomUUID().toString();
        String token = TestTokens.business(orgId);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = business();
        List<Callable<ExtractableResponse<Response>>> calls = new ArrayList<>();
        for (int i = 0; i < CONCURRENT_REQUESTS; i++) {
            calls.add(() -> register(token, key, body));
        }
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT_REQUESTS);
        List<ExtractableResponse<Response>> answers = new ArrayList<>();
        try {
            for (Future<ExtractableResponse<Response>> answer : pool.invokeAll(calls)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }
        String created = null;
        for (var answer : answers) {
            if (answer.statusCode() == 201) {
                assertEquals(ORGS + "/" + orgId, answer.header("Location"));
                created = created == null ? answer.body().asString() : created;
                assertEquals(created, answer.body().asString());
            } else {
                assertEquals(409, answer.statusCode(), answer.body().asString());
                assertEquals(PROBLEMS + "idempotency-key-in-flight", answer.path("type"));
            }
        }
        assertNotNull(created);
        assertEquals(List.of(1L, 1L, 1L), effects(orgId, key));
    }

    @Test
    void theSameKeyForAnotherRequestIsRefusedAndNothingIsDone() {
        String orgId = UUID.randomUUID().toString();
        String token = TestTokens.business(orgId);
        String key = UUID.randomUUID().toString();
        assertEquals(201, register(token, key, business()).statusCode());
        given().auth()
                .oauth2(token)
                .header(KEY, key)
                .contentType(ContentType.JSON)
                .body(business())
                .when()
                .post(ORGS)
                .then()
                .statusCode(422)
                .body("type", equalTo(PROBLEMS + "idempotency-key-reused"));
        assertEquals(List.of(1L, 1L, 1L), effects(orgId, key));
    }

    @Test
    void keysAreScopedToTheCallersOrganization() {
        String key = UUID.randomUUID().toString();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        assertEquals(201, register(TestTokens.business(first), key, business()).statusCode());
        var other = register(TestTokens.business(second), key, business());
        assertEquals(201, other.statusCode());
        assertEquals(ORGS + "/" + second, other.header("Location"));
    }

    @Test
    void malformedKeysAreRefused() {
        String token = TestTokens.business(UUID.randomUUID().toString());
        for (String key : List.of("a\tb", "x".repeat(256), "caf\u00e9")) {
            given().auth()
                    .oauth2(token)
                    .header(KEY, key)
                    .contentType(ContentType.JSON)
                    .body(business())
                    .when()
                    .post(ORGS)
                    .then()
                    .statusCode(400)
                    .body("type", equalTo(PROBLEMS + "invalid-request"))
                    .body("errors[0].field", equalTo("header.Idempotency-Key"));
        }
    }

    @Test
    void anExpiredKeyIsPurgedAndThenRunsAnew() throws Exception {
        String orgId = UUID.randomUUID().toString();
        String token = TestTokens.business(orgId);
        String key = UUID.randomUUID().toString();
        assertEquals(201, register(token, key, business()).statusCode());
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update idempotency_key set expires_at = now() - interval '1 second'"
                                + " where idem_key = ?1")
                        .setParameter(1, key)
                        .executeUpdate());
        assertTrue(purge.purgeExpired() >= 1);
        assertEquals(0L, effects(orgId, key).get(2));
        // Another body is no longer "the key reused": the registration runs again, and finds itself done.
        var again = register(token, key, business());
        assertEquals(409, again.statusCode());
        assertEquals(PROBLEMS + "already-registered", again.path("type"));
    }

    @Test
    void withoutAKeyNothingIsStored() {
        String orgId = UUID.randomUUID().toString();
        given().auth()
                .oauth2(TestTokens.business(orgId))
                .contentType(ContentType.JSON)
                .body(business())
                .when()
                .post(ORGS)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", (String) null);
    }

    /**
     * Organization rows, registered events and stored responses, read in one transaction: the effect and the
     * response commit together, so a crash leaves either all (a retry replays) or none (a retry runs).
     */
    private List<Long> effects(String orgId, String key) {
        return QuarkusTransaction.requiringNew()
                .call(() -> List.of(
                        count("select count(*) from organization where id = cast(?1 as uuid)", orgId),
                        count(
                                "select count(*) from outbox_event where aggregateid = ?1 and type = '"
                                        + CatalogEventTypes.ORGANIZATION_REGISTERED + "'",
                                orgId),
                        count("select count(*) from idempotency_key where idem_key = ?1 and status = 201", key)));
    }

    private long count(String sql, String parameter) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }
}
