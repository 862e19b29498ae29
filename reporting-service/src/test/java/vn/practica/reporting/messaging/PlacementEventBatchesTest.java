package vn.practica.reporting.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.practica.events.Topics;
import vn.practica.reporting.PlacementEvents;
import vn.practica.reporting.PlacementEvents.Offer;
import vn.practica.reporting.PlacementEvents.Student;
import vn.practica.testkit.SampleEvents.SampleEvent;

/** A batch of records is applied in one transaction, each event once, whatever else the batch holds. */
@QuarkusTest
class PlacementEventBatchesTest {
    @Inject
    PlacementEventBatches batches;

    @Inject
    EntityManager em;

    private static List<ConsumerRecord<String, String>> records(List<SampleEvent> events) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (SampleEvent event : events) {
            ConsumerRecord<String, String> record =
                    new ConsumerRecord<>(Topics.PLACEMENT, 0, records.size(), event.key(), event.value());
            event.headers().forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
            records.add(record);
        }
        return records;
    }

    private Object single(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.getSingleResult();
        });
    }

    @Test
    void aBatchIsOneTransactionAndARepeatedEventInItAppliesOnce() {
        Offer offer = Offer.of(UUID.randomUUID(), "IT", "HCM", 4);
        Student student = Student.of(UUID.randomUUID());
        UUID application = UUID.randomUUID();
        List<SampleEvent> events = new PlacementEvents()
                .published(offer, "2027-01-10T02:00:00Z")
                .applied(application, offer, student, "2027-02-01T02:00:00Z")
                .application("withdrawn", application, offer, student, "WITHDRAWN", 2, "2027-02-03T02:00:00Z")
                .events();
        List<SampleEvent> batch = new ArrayList<>(events);
        batch.add(events.get(1));
        batch.add(events.get(0).withValue("{not json"));

        assertEquals(3, batches.apply(records(batch)));

        List<String> ids = events.stream().map(SampleEvent::id).toList();
        assertEquals(
                1L,
                ((Number) single(
                                "select count(distinct xmin::text) from processed_event where event_id = any(?1)",
                                (Object) ids.toArray(String[]::new)))
                        .longValue(),
                "every inbox row of the batch was written by one transaction");
        assertEquals(
                "WITHDRAWN 2",
                single("select status || ' ' || version from application_fact where application_id = ?1", application));
        assertEquals(0, batches.apply(records(events)), "a redelivered batch applies nothing");
    }

    @Test
    void anOlderVersionLaterInTheBatchChangesNothingButTheFirstTimes() {
        Offer offer = Offer.of(UUID.randomUUID(), "IT", "HCM", 4);
        Offer grown = new Offer(offer.id(), offer.business(), "IT", "HCM", 6);
        List<SampleEvent> events = new PlacementEvents()
                .offer("updated", grown, "OPEN", 3, "2027-01-12T02:00:00Z")
                .published(offer, "2027-01-10T02:00:00Z")
                .events();

        batches.apply(records(events));

        assertEquals(
                "6 3 2027-01-10",
                single(
                        "select seats || ' ' || version || ' ' || to_char(published_at at time zone 'UTC',"
                                + " 'YYYY-MM-DD') from offer_fact where offer_id = ?1",
                        offer.id()));
    }

    @Test
    void manyChangesOfOneAggregateInOneBatchEndAsAppliedOneByOne() {
        Offer offer = Offer.of(UUID.randomUUID(), "IT", "HCM", 4);
        Student student = Student.of(UUID.randomUUID());
        UUID application = UUID.randomUUID();
        UUID placement = UUID.randomUUID();
        List<SampleEvent> events = new PlacementEvents()
                .application("status-changed", application, offer, student, "OFFERED", 3, "2027-02-05T02:00:00Z")
                .applied(application, offer, student, "2027-02-01T02:00:00Z")
                .application("status-changed", application, offer, student, "SHORTLISTED", 2, "2027-02-03T02:00:00Z")
                .placed(placement, application, offer, student, "2027-02-07T02:00:00Z")
                .application("withdrawn", application, offer, student, "WITHDRAWN", 2, "2027-02-04T02:00:00Z")
                .events();

        assertEquals(6, batches.apply(records(events)));

        assertEquals(
                "ACCEPTED 4 2027-02-01 2027-02-04",
                single(
                        "select status || ' ' || version || ' ' || to_char(submitted_at at time zone 'UTC',"
                                + " 'YYYY-MM-DD') || ' ' || to_char(withdrawn_at at time zone 'UTC', 'YYYY-MM-DD')"
                                + " from application_fact where application_id = ?1",
                        application),
                "the newest version's status, the first submission, the one withdrawal time");
        assertEquals(
                "PROPOSED 1",
                single("select status || ' ' || version from placement_fact where placement_id = ?1", placement));
    }

    @Test
    void aStudentsFieldInterestsArriveWholeAndAnEmptyListStaysEmpty() {
        Student keen = Student.of(UUID.randomUUID());
        Student undecided = Student.of(UUID.randomUUID());
        List<SampleEvent> events = new PlacementEvents()
                .student(keen, 1, "2027-01-05T02:00:00Z")
                .student(keen, 3, "2027-01-06T02:00:00Z")
                .student(undecided, 1, "2027-01-05T02:00:00Z", List.of())
                .events();

        assertEquals(3, batches.apply(records(events)));

        assertEquals(
                "{DIGITAL_DATA,FINTECH,IT} 3",
                single(
                        "select field_interests::text || ' ' || version from student_fact where student_id = ?1",
                        keen.id()));
        assertEquals(
                "{}", single("select field_interests::text from student_fact where student_id = ?1", undecided.id()));
    }
}
