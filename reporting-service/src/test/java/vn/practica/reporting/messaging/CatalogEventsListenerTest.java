package vn.practica.reporting.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.practica.events.CloudEventHeaders;
import vn.practica.events.Topics;
import vn.practica.testkit.SampleEvents;
import vn.practica.testkit.SampleEvents.SampleEvent;

@QuarkusTest
class CatalogEventsListenerTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    EntityManager em;

    private static String newCode() {
        return "R"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    private static SampleEvent created(String code) {
        return SampleEvents.sample("catalog/field.created.v1.json", code, Map.of("code", code));
    }

    private static SampleEvent renamed(String code, long version, String nameEn) {
        return SampleEvents.sample(
                "catalog/field.renamed.v1.json", code, Map.of("code", code, "version", version, "nameEn", nameEn));
    }

    private static SampleEvent retired(String code, long version) {
        return SampleEvents.sample(
                "catalog/field.retired.v1.json", code, Map.of("code", code, "version", version, "nameEn", "Renamed"));
    }

    private Object[] projected(String code) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                        "select status, version, events_applied, name_en from field_projection where code = ?1")
                .setParameter(1, code)
                .getResultStream()
                .findFirst()
                .orElse(null));
    }

    private void awaitVersion(String code, long version) {
        await().atMost(PATIENCE).until(() -> {
            Object[] row = projected(code);
            return row != null && ((Number) row[1]).longValue() == version;
        });
    }

    @Test
    void appliesEveryFieldEventTypeFromTheContractSamples() {
        String code = newCode();
        SampleEvents.send(Topics.CATALOG, created(code), renamed(code, 2, "Renamed"));
        awaitVersion(code, 2);
        assertEquals("Renamed", projected(code)[3]);
        SampleEvents.send(Topics.CATALOG, retired(code, 3));
        awaitVersion(code, 3);
        Object[] row = projected(code);
        assertEquals("RETIRED", row[0]);
        assertEquals(3L, ((Number) row[2]).longValue());
        assertEquals("Renamed", row[3]);
    }

    @Test
    void redeliveredEventHasNoSecondEffect() {
        String code = newCode();
        SampleEvent creation = created(code);
        SampleEvent rename = renamed(code, 2, "Once");
        SampleEvents.send(Topics.CATALOG, creation, rename, creation, rename, retired(code, 3));
        awaitVersion(code, 3);
        assertEquals(3L, ((Number) projected(code)[2]).longValue());
    }

    @Test
    void olderVersionArrivingLateDoesNotRollTheFieldBack() {
        String code = newCode();
        SampleEvents.send(Topics.CATALOG, created(code), retired(code, 3), renamed(code, 2, "Stale"));
        await().atMost(PATIENCE).until(() -> {
            Object[] row = projected(code);
            return row != null && ((Number) row[2]).longValue() == 3;
        });
        Object[] row = projected(code);
        assertEquals("RETIRED", row[0]);
        assertEquals(3L, ((Number) row[1]).longValue());
    }

    @Test
    void malformedEventsAreSkippedAndLaterEventsStillApply() {
        String code = newCode();
        SampleEvents.send(
                Topics.CATALOG,
                created(code).without(CloudEventHeaders.ID),
                created(code).withValue("{not json"),
                created(code));
        awaitVersion(code, 1);
        assertEquals(1L, ((Number) projected(code)[2]).longValue());
    }

    @Test
    void eventTypesReportingDoesNotKeepLeaveNoInboxRow() {
        String code = newCode();
        // Same key, same partition: the association event is handled before the field event that is awaited
        SampleEvent association = SampleEvents.sample(
                "catalog/competency-association.upserted.v1.json", code, Map.of("associationType", "isRelatedTo"));
        SampleEvents.send(Topics.CATALOG, association, created(code));
        awaitVersion(code, 1);
        long inboxRows = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from processed_event where event_id = ?1")
                                .setParameter(1, association.id())
                                .getSingleResult())
                        .longValue());
        assertEquals(0, inboxRows);
    }
}
