package vn.practica.reporting.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.practica.events.Topics;
import vn.practica.testkit.SampleEvents;
import vn.practica.testkit.SampleEvents.SampleEvent;

/** Reporting keeps each cooperation model's newest code, names and status, whatever order events come in. */
@QuarkusTest
class CooperationModelEventsTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    EntityManager em;

    private static SampleEvent event(String name, String code, String nameEn) {
        return SampleEvents.sample(
                "catalog/cooperation-model." + name + ".v1.json", code, Map.of("code", code, "nameEn", nameEn));
    }

    /** status, version and English name, or null when unknown. */
    private List<Object> projected(String code) {
        List<?> rows = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "select status, version, name_en from cooperation_model_projection where code = ?1")
                        .setParameter(1, code)
                        .getResultList());
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.get(0);
        return List.of(row[0], ((Number) row[1]).longValue(), row[2]);
    }

    private boolean processed(String eventId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> !em.createNativeQuery("select 1 from processed_event where event_id = ?1")
                        .setParameter(1, eventId)
                        .getResultList()
                        .isEmpty());
    }

    @Test
    void theNewestVersionWinsAndALateOlderOneChangesNothing() {
        String code = "R"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        SampleEvents.send(
                Topics.CATALOG,
                event("created", code, "First edition"),
                event("retired", code, "Retired edition"),
                event("revised", code, "Second edition"));
        await().atMost(PATIENCE)
                .until(() -> projected(code) != null && projected(code).get(1).equals(3L));
        SampleEvent lateFirst = event("created", code, "First edition again");
        SampleEvent lateSecond = event("revised", code, "Second edition again");
        SampleEvents.send(Topics.CATALOG, lateFirst, lateSecond);
        await().atMost(PATIENCE).until(() -> processed(lateFirst.id()) && processed(lateSecond.id()));
        assertEquals(List.of("RETIRED", 3L, "Retired edition"), projected(code));
    }
}
