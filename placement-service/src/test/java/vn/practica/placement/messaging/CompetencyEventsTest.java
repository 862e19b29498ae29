package vn.practica.placement.messaging;

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

@QuarkusTest
class CompetencyEventsTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    EntityManager em;

    private static SampleEvent item(String name, String id, long version, String statement) {
        return SampleEvents.sample(
                "catalog/competency-item." + name + ".v1.json",
                id,
                Map.of("id", id, "version", version, "fullStatement", statement));
    }

    private static SampleEvent fieldCompetencies(String field, List<String> items) {
        return SampleEvents.sample(
                "catalog/field.competencies-changed.v1.json",
                field,
                Map.of("fieldCode", field, "competencyItemIds", items));
    }

    /** version, deleted and statement of the local copy, or null when unknown. */
    private List<?> item(String id) {
        List<?> rows = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "select version, deleted, full_statement from competency_item where id = ?1")
                        .setParameter(1, UUID.fromString(id))
                        .getResultList());
        return rows.isEmpty() ? null : List.of((Object[]) rows.get(0));
    }

    private List<?> itemsOfField(String field) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "select cast(item_id as text) from field_competency where field_code = ?1 order by 1")
                        .setParameter(1, field)
                        .getResultList());
    }

    @Test
    void itemChangesAreCopiedAndALateOlderVersionDoesNotUndoTheDeletion() {
        String id = UUID.randomUUID().toString();
        SampleEvents.send(
                Topics.CATALOG,
                item("upserted", id, 1, "Phân tích dữ liệu"),
                item("upserted", id, 2, "Phân tích dữ liệu kinh doanh"),
                item("deleted", id, 3, "Phân tích dữ liệu kinh doanh"),
                item("upserted", id, 2, "Phân tích dữ liệu kinh doanh"));
        await().atMost(WAIT).until(() -> item(id) != null && ((Number) item(id).get(0)).longValue() == 3);
        assertEquals(
                List.of(3L, true, "Phân tích dữ liệu kinh doanh"),
                List.of(((Number) item(id).get(0)).longValue(), item(id).get(1), item(id).get(2)));
    }

    @Test
    void aFieldsCompetencySetIsReplacedWholeByEachChange() {
        String field = "F" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        List<String> first =
                List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        String kept = first.get(0);
        SampleEvents.send(Topics.CATALOG, fieldCompetencies(field, first));
        await().atMost(WAIT).until(() -> itemsOfField(field).size() == 2);

        SampleEvents.send(Topics.CATALOG, fieldCompetencies(field, List.of(kept)));
        await().atMost(WAIT).until(() -> itemsOfField(field).equals(List.of(kept)));
    }
}
