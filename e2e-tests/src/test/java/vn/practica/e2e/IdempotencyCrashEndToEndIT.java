package vn.practica.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.practica.devkit.PracticaStack;
import vn.practica.devkit.ServiceProcess;

/**
 * Registrations sent with an Idempotency-Key, catalog-service killed with SIGKILL after their effect or in the
 * middle of them: the retry after the restart answers from the stored response or runs once, never twice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotencyCrashEndToEndIT {
    private static final String ORGS = "/api/v1/organizations";
    private static final Duration RESTART = Duration.ofSeconds(120);
    private static final Duration BURST_START = Duration.ofSeconds(60);
    private static final int CLIENTS = 8;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 40;

    private PracticaStack stack;
    private SuiteState state;

    /** One partner's registration: its organization, its key and the body it sends every time. */
    private record Attempt(String orgId, String key, Map<String, Object> body) {
        static Attempt fresh() {
            String taxCode =
                    String.format("%010d", ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
            return new Attempt(
                    UUID.randomUUID().toString(),
                    UUID.randomUUID().toString(),
                    Map.of(
                            "kind", "BUSINESS",
                            "identifier", taxCode,
                            "legalName", "Công ty Cảng Hải Phòng " + taxCode,
                            "shortName", "Cảng Hải Phòng",
                            "provinceCode", "HP",
                            "contactEmail", "hr@cang-haiphong.vn",
                            "fieldCodes", List.of("PORT_OPS")));
        }
    }

    @BeforeAll
    void startSuite() throws Exception {
        stack = E2eStack.start();
        state = new SuiteState(stack);
    }

    @AfterAll
    void stopSuite() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aRegistrationWhoseAnswerWasLostInACrashIsReplayedFromItsKeyAfterTheRestart() throws Exception {
        Attempt attempt = Attempt.fresh();
        var first = register(attempt);
        assertEquals(201, first.statusCode(), first.body().asString());
        restartCatalogWithSigkill();

        var retry = register(attempt);
        assertEquals(201, retry.statusCode(), retry.body().asString());
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.body().asString(), retry.body().asString());
        assertOneEffect(attempt);
    }

    @Test
    void registrationsCutByASigkillRunExactlyOnceWhenRetriedWithTheirKeys() throws Exception {
        List<Attempt> attempts = new ArrayList<>();
        AtomicInteger acknowledged = new AtomicInteger();
        List<String> refusals = new CopyOnWriteArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            running.add(clients.submit(() -> registerUntilCatalogDies(attempts, acknowledged, refusals)));
        }
        await().atMost(BURST_START).until(() -> acknowledged.get() >= ACKNOWLEDGED_BEFORE_KILL || !refusals.isEmpty());
        assertEquals(List.of(), refusals, "registrations before the kill");
        ServiceProcess catalog = stack.service("catalog");
        catalog.kill();
        for (Future<?> client : running) {
            client.get();
        }
        clients.shutdown();
        catalog.start();
        catalog.awaitReady(RESTART);

        int replayed = 0;
        for (Attempt attempt : snapshot(attempts)) {
            var retry = register(attempt);
            assertEquals(201, retry.statusCode(), retry.body().asString());
            replayed += "true".equals(retry.header("Idempotent-Replayed")) ? 1 : 0;
            assertOneEffect(attempt);
        }
        assertTrue(replayed >= acknowledged.get(), "every acknowledged registration answers from its key");
    }

    /** Registers fresh partners until the connection breaks; remembers each attempt before sending it. */
    private void registerUntilCatalogDies(List<Attempt> attempts, AtomicInteger acknowledged, List<String> refusals) {
        try {
            while (true) {
                Attempt attempt = Attempt.fresh();
                synchronized (attempts) {
                    attempts.add(attempt);
                }
                var answer = register(attempt);
                if (answer.statusCode() != 201) {
                    refusals.add(answer.statusCode() + " " + answer.body().asString());
                    return;
                }
                acknowledged.incrementAndGet();
            }
        } catch (Exception e) {
            // REST Assured rethrows the I/O error undeclared. The kill cut this client's connection: its last attempt
            // may or may not have taken effect.
        }
    }

    private static List<Attempt> snapshot(List<Attempt> attempts) {
        synchronized (attempts) {
            return List.copyOf(attempts);
        }
    }

    private void restartCatalogWithSigkill() {
        ServiceProcess catalog = stack.service("catalog");
        catalog.kill();
        assertTrue(!catalog.alive(), "catalog-service must be dead after kill -9");
        catalog.start();
        catalog.awaitReady(RESTART);
    }

    private ExtractableResponse<Response> register(Attempt attempt) {
        return given().baseUri(stack.service("catalog").baseUrl())
                .auth()
                .oauth2(stack.tokens().mint("hr-" + attempt.orgId(), "business", attempt.orgId(), Duration.ofHours(1)))
                .header("Idempotency-Key", attempt.key())
                .contentType(ContentType.JSON)
                .body(attempt.body())
                .when()
                .post(ORGS)
                .then()
                .extract();
    }

    /** One organization, one registered event and one stored answer for the attempt, whatever the retries. */
    private void assertOneEffect(Attempt attempt) throws Exception {
        String org = "'" + attempt.orgId() + "'";
        assertEquals(1, state.single("catalog", "select count(*) from organization where id = " + org + "::uuid"));
        assertEquals(
                1,
                state.single(
                        "catalog",
                        "select count(*) from outbox_event where aggregateid = " + org
                                + " and type = 'vn.practica.catalog.organization.registered.v1'"));
        assertEquals(
                1,
                state.single(
                        "catalog", "select count(*) from idempotency_key where idem_key = '" + attempt.key() + "'"));
    }
}
