package vn.practica.placement.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.practica.events.Topics;
import vn.practica.placement.reference.ReferenceCooperationModel;
import vn.practica.placement.reference.ReferenceDataService;
import vn.practica.testkit.SampleEvents;
import vn.practica.testkit.SampleEvents.SampleEvent;

/** Catalog's cooperation models reach placement's copy, every version kept, whatever the delivery. */
@QuarkusTest
class CooperationModelEventsTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    ReferenceDataService referenceData;

    private static String newCode() {
        return "M"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    /** The sample of {@code name} (created, revised, retired) for the model {@code code}. */
    private static SampleEvent event(String name, String code, Map<String, Object> data) {
        Map<String, Object> values = new java.util.HashMap<>(data);
        values.put("code", code);
        return SampleEvents.sample("catalog/cooperation-model." + name + ".v1.json", code, values);
    }

    private Optional<ReferenceCooperationModel> current(String code) {
        return QuarkusTransaction.requiringNew().call(() -> referenceData.currentCooperationModel(code));
    }

    private Optional<ReferenceCooperationModel> version(String code, long version) {
        return QuarkusTransaction.requiringNew().call(() -> referenceData.cooperationModel(code, version));
    }

    @Test
    void everyVersionIsKeptWhateverTheOrderAndTheHighestIsCurrent() {
        String code = newCode();
        SampleEvents.send(
                Topics.CATALOG,
                event("created", code, Map.of()),
                event("retired", code, Map.of()),
                event("revised", code, Map.of()));
        await().atMost(WAIT).until(() -> version(code, 2).isPresent());

        ReferenceCooperationModel retired = current(code).orElseThrow();
        assertEquals(3, retired.version());
        assertFalse(retired.isActive());

        ReferenceCooperationModel first = version(code, 1).orElseThrow();
        assertTrue(first.isActive());
        assertEquals(960, first.maxHours());
        assertEquals(
                List.of("occupational-safety"),
                first.clauses().stream()
                        .map(ReferenceCooperationModel.Clause::key)
                        .toList());

        ReferenceCooperationModel revised = version(code, 2).orElseThrow();
        assertTrue(revised.allows("INTERNSHIP"));
        assertFalse(revised.allows("REAL_PROJECT"));
        assertTrue(revised.hoursWithin(120) && revised.hoursWithin(640));
        assertFalse(revised.hoursWithin(119) || revised.hoursWithin(641));
        assertEquals(2, revised.clauses().size());
        assertEquals(
                List.of(60, 40),
                revised.evaluationAreas().stream()
                        .map(ReferenceCooperationModel.EvaluationArea::weight)
                        .toList());
    }

    @Test
    void aVersionDeliveredAgainKeepsWhatWasFirstKept() {
        String code = newCode();
        SampleEvents.send(Topics.CATALOG, event("created", code, Map.of("nameEn", "First edition")));
        await().atMost(WAIT).until(() -> current(code).isPresent());
        SampleEvents.send(
                Topics.CATALOG,
                event("created", code, Map.of("nameEn", "Replayed with other text")),
                event("revised", code, Map.of()));
        await().atMost(WAIT)
                .until(() ->
                        current(code).map(ReferenceCooperationModel::version).orElse(0L) == 2);
        assertEquals("First edition", version(code, 1).orElseThrow().nameEn());
    }

    @Test
    void anEventWithoutTheModelsTermsIsSkippedAndTheNextOneStillApplies() {
        String code = newCode();
        SampleEvent malformed = event("created", code, Map.of()).withValue("{\"code\":\"" + code + "\",\"version\":1}");
        SampleEvents.send(Topics.CATALOG, malformed, event("revised", code, Map.of()));
        await().atMost(WAIT).until(() -> current(code).isPresent());
        assertEquals(2, current(code).orElseThrow().version());
        assertTrue(version(code, 1).isEmpty());
    }
}
