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
import vn.practica.events.CloudEventHeaders;
import vn.practica.events.Topics;
import vn.practica.testkit.SampleEvents;
import vn.practica.testkit.SampleEvents.SampleEvent;

/** Every placement event type of the contract's samples reaches reporting's facts through the live consumer. */
@QuarkusTest
class PlacementEventsListenerTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    EntityManager em;

    private List<?> rows(String sql, UUID id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(sql).setParameter(1, id).getResultList());
    }

    private static SampleEvent sample(String name, UUID key, Map<String, Object> data) {
        return SampleEvents.sample("placement/" + name + ".v1.json", key.toString(), data);
    }

    @Test
    void everyPlacementEventTypeFromTheContractSamplesIsApplied() {
        UUID offer = UUID.randomUUID();
        UUID application = UUID.randomUUID();
        UUID placement = UUID.randomUUID();
        UUID student = UUID.randomUUID();
        Map<String, Object> ids = Map.of(
                "offerId", offer.toString(),
                "applicationId", application.toString(),
                "placementId", placement.toString(),
                "studentId", student.toString());
        SampleEvents.send(
                Topics.PLACEMENT,
                sample("student.registered", student, ids),
                sample("student.updated", student, ids),
                sample("offer.published", offer, ids),
                sample("offer.updated", offer, ids),
                sample("offer.closed", offer, ids),
                sample("offer.cancelled", offer, ids),
                sample("application.submitted", application, ids),
                sample("application.status-changed", application, ids),
                sample("application.withdrawn", application, ids),
                sample("placement.proposed", placement, ids),
                sample("placement.withdrawn", placement, ids),
                sample("placement.terminated", placement, ids));

        await().atMost(PATIENCE)
                .until(() -> !rows("select 1 from student_fact where student_id = ?1 and version = 3", student)
                                .isEmpty()
                        && !rows("select 1 from offer_fact where offer_id = ?1 and version = 5", offer)
                                .isEmpty()
                        && !rows(
                                        "select 1 from application_fact where application_id = ?1 and version = 4",
                                        application)
                                .isEmpty()
                        && !rows("select 1 from placement_fact where placement_id = ?1 and version = 2", placement)
                                .isEmpty());
        assertEquals(
                List.of("CANCELLED 6 2027-01-10"),
                rows(
                        "select status || ' ' || seats || ' ' || to_char(published_at at time zone 'UTC',"
                                + " 'YYYY-MM-DD') from offer_fact where offer_id = ?1",
                        offer));
        assertEquals(
                List.of("WITHDRAWN 2027-02-01 2027-02-06"),
                rows(
                        "select status || ' ' || to_char(submitted_at at time zone 'UTC', 'YYYY-MM-DD') || ' ' ||"
                                + " to_char(withdrawn_at at time zone 'UTC', 'YYYY-MM-DD') from application_fact"
                                + " where application_id = ?1",
                        application));
        // withdrawn (version 2, 10 Feb) and terminated (version 2, 20 Feb) share a version: the first ends it
        assertEquals(
                List.of("2027-02-07"),
                rows(
                        "select to_char(placed_at at time zone 'UTC', 'YYYY-MM-DD') from placement_fact"
                                + " where placement_id = ?1 and ended_at is not null",
                        placement));
    }

    @Test
    void malformedPlacementEventsAreSkippedAndLaterOnesStillApply() {
        UUID offer = UUID.randomUUID();
        Map<String, Object> ids = Map.of("offerId", offer.toString());
        SampleEvents.send(
                Topics.PLACEMENT,
                sample("offer.published", offer, ids).without(CloudEventHeaders.TIME),
                sample("offer.published", offer, Map.of("offerId", offer.toString(), "totalJobOpenings", 0)),
                sample("offer.published", offer, ids).withValue("{not json"),
                sample("offer.updated", offer, ids));

        await().atMost(PATIENCE)
                .until(() -> !rows("select 1 from offer_fact where offer_id = ?1", offer)
                        .isEmpty());
        assertEquals(
                List.of("3 2027-01-12"),
                rows(
                        "select version || ' ' || to_char(published_at at time zone 'UTC', 'YYYY-MM-DD')"
                                + " from offer_fact where offer_id = ?1",
                        offer));
    }
}
