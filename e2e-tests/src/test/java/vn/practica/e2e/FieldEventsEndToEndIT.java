package vn.practica.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.practica.devkit.PracticaStack;
import vn.practica.devkit.ServiceProcess;

/** The field slice across the three packaged services, a real broker and real PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FieldEventsEndToEndIT {
    private static final Duration CONVERGENCE = Duration.ofSeconds(120);
    private static final int BURST = 500;
    private static final int BURST_FIELDS = 50;
    private static final int RETIRED_IN_BURST = 25;

    private PracticaStack stack;
    private SuiteState state;
    private String stateToken;
    private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @BeforeAll
    void startSuite() throws Exception {
        stack = E2eStack.start();
        state = new SuiteState(stack);
        stateToken = stack.tokens().mint("e2e-ministry-officer", "state", "MOST", Duration.ofHours(2));
    }

    @AfterAll
    void stopSuite() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void fieldCreatedInCatalogShowsUpInReporting() {
        String code = "E2E_" + run + "_SMOKE";
        create(code);
        long activeInCatalog = state.catalogFields().values().stream()
                .filter(f -> "ACTIVE".equals(f.status()))
                .count();
        assertEquals(11, activeInCatalog, "ten program fields plus the new one");
        await().atMost(CONVERGENCE).until(() -> activeFieldsInReporting() == activeInCatalog);
        await().atMost(CONVERGENCE).until(() -> state.placementFields().containsKey(code));
    }

    @Test
    @Order(2)
    void reportingKilledMidBurstEndsEqualToCatalogWithNothingLostOrAppliedTwice() throws Exception {
        ServiceProcess reporting = stack.service("reporting");
        AtomicInteger done = new AtomicInteger();
        CompletableFuture<Void> burst = CompletableFuture.runAsync(() -> burstOfChanges("BURST", done));

        await().atMost(CONVERGENCE).until(() -> done.get() >= BURST / 3);
        reporting.kill();
        assertTrue(!reporting.alive(), "reporting-service must be dead after kill -9");
        reporting.start();
        reporting.awaitReady(Duration.ofSeconds(120));
        burst.get();

        assertEquals(BURST, done.get());
        assertConverged();
    }

    @Test
    @Order(3)
    void changesMadeWhileTheBrokerIsDownArriveAfterItRestarts() throws Exception {
        stack.broker().stop();
        String prefix = "E2E_" + run + "_OUTAGE_";
        for (int i = 0; i < 10; i++) {
            create(prefix + i);
            rename(prefix + i, "Made while Kafka was down " + i);
        }
        Thread.sleep(2_000);
        assertTrue(state.catalogOutboxWaiting() > 0, "changes must wait in the outbox while Kafka is down");

        stack.broker().start();
        await().atMost(CONVERGENCE).until(() -> state.catalogOutboxWaiting() == 0);
        assertConverged();
    }

    @Test
    @Order(4)
    void catalogKilledBetweenCommitAndPublishStillDeliversEveryAcknowledgedChange() throws Exception {
        ServiceProcess catalog = stack.service("catalog");
        AtomicInteger acknowledged = new AtomicInteger();
        CompletableFuture<Void> burst =
                CompletableFuture.runAsync(() -> changesUntilCatalogDies("CRASH", acknowledged));

        await().atMost(CONVERGENCE).until(() -> acknowledged.get() >= 100);
        catalog.kill();
        burst.get();
        catalog.start();
        catalog.awaitReady(Duration.ofSeconds(120));

        Map<String, SuiteState.FieldState> fields = state.catalogFields();
        for (int i = 0; i < Math.min(acknowledged.get(), BURST_FIELDS); i++) {
            assertTrue(fields.containsKey(crashCode(i)), "acknowledged creation " + i + " survived the crash");
        }
        assertConverged();
    }

    /** Keeps changing fields until catalog-service stops answering; counts the changes it acknowledged. */
    private void changesUntilCatalogDies(String label, AtomicInteger acknowledged) {
        try {
            for (int i = 0; i < BURST_FIELDS; i++) {
                create(crashCode(i));
                acknowledged.incrementAndGet();
            }
            for (int i = 0; ; i++) {
                rename(crashCode(i % BURST_FIELDS), "After crash test " + i);
                acknowledged.incrementAndGet();
            }
        } catch (Exception | AssertionError e) {
            // The kill cut the connection: this change was not acknowledged, and the burst ends here.
        }
    }

    private String crashCode(int i) {
        return "E2E_" + run + "_CRASH_" + i;
    }

    /** 50 creations, 425 renames round-robin, then 25 retirements: 500 acknowledged changes. */
    private void burstOfChanges(String label, AtomicInteger done) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < BURST_FIELDS; i++) {
            codes.add("E2E_" + run + "_" + label + "_" + i);
            create(codes.get(i));
            done.incrementAndGet();
        }
        int renames = BURST - BURST_FIELDS - RETIRED_IN_BURST;
        for (int i = 0; i < renames; i++) {
            rename(codes.get(i % BURST_FIELDS), "Renamed " + i);
            done.incrementAndGet();
        }
        for (int i = 0; i < RETIRED_IN_BURST; i++) {
            retire(codes.get(i));
            done.incrementAndGet();
        }
    }

    /** Waits for the consumers to catch up, then demands exact equality with catalog. */
    private void assertConverged() throws Exception {
        await().atMost(CONVERGENCE).pollInterval(Duration.ofMillis(500)).until(() -> {
            var catalog = state.catalogFields();
            return catalog.equals(state.reportingFields()) && catalog.equals(state.placementFields());
        });
        var catalog = state.catalogFields();
        long emitted = SuiteState.eventsEmitted(catalog);
        assertEquals(catalog, state.reportingFields(), "reporting's fields equal catalog's");
        assertEquals(catalog, state.placementFields(), "placement's fields equal catalog's");
        assertEquals(emitted, state.reportingEventsApplied(), "each catalog event applied exactly once by reporting");
        assertEquals(emitted, state.processedFieldEvents("reporting"), "reporting recorded each field event id once");
        assertEquals(emitted, state.processedFieldEvents("placement"), "placement recorded each field event id once");
    }

    private long activeFieldsInReporting() {
        return given().baseUri(stack.service("reporting").baseUrl())
                .auth()
                .oauth2(stateToken)
                .when()
                .get("/api/v1/kpis/fields")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("activeFields");
    }

    private void create(String code) {
        given().baseUri(stack.service("catalog").baseUrl())
                .auth()
                .oauth2(stateToken)
                .contentType(ContentType.JSON)
                .body(Map.of("code", code, "nameVi", "Lĩnh vực thử " + code, "nameEn", "Test field " + code))
                .when()
                .post("/api/v1/fields")
                .then()
                .statusCode(201);
    }

    private void rename(String code, String nameEn) {
        given().baseUri(stack.service("catalog").baseUrl())
                .auth()
                .oauth2(stateToken)
                .contentType(ContentType.JSON)
                .body(Map.of("nameEn", nameEn))
                .when()
                .patch("/api/v1/fields/" + code)
                .then()
                .statusCode(200);
    }

    private void retire(String code) {
        given().baseUri(stack.service("catalog").baseUrl())
                .auth()
                .oauth2(stateToken)
                .when()
                .post("/api/v1/fields/" + code + "/retire")
                .then()
                .statusCode(200);
    }
}
