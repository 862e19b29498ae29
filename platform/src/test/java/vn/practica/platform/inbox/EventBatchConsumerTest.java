package vn.practica.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.practica.events.CloudEventHeaders;
import vn.practica.platform.testing.TestDatabase;

/**
 * A batch of records is one transaction in which each event applies once: whatever else the batch holds, when it
 * is delivered again (a crash between commit and offset commit), when the database fails mid-batch, and when two
 * consumers apply overlapping batches at the same time.
 */
@QuarkusTest
class EventBatchConsumerTest {
    private static final String IGNORED_TYPE = "vn.practica.test.thing.ignored.v1";
    private static final String BAD_DATA = "{\"name\":\"bad\"}";

    @Inject
    EventBatchConsumer consumer;

    @Inject
    EntityManager em;

    /** Keeps events of the test type, writes one applied_effect row per fresh event; fails on demand. */
    private class EffectRoute implements EventBatchRoute<String> {
        final AtomicInteger failuresLeft = new AtomicInteger();
        final AtomicInteger written = new AtomicInteger();

        @Override
        public String change(IncomingEvent event) {
            if (BAD_DATA.equals(event.data())) {
                throw new MalformedEventException("bad data");
            }
            return EventRecords.TYPE.equals(event.type()) ? event.id() : null;
        }

        @Override
        public void applyAll(List<String> ids) {
            ids.forEach(id -> em.persist(new AppliedEffect(id)));
            em.flush();
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("database went away mid-batch");
            }
            written.addAndGet(ids.size());
        }
    }

    private static List<String> newIds(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(EventRecords.newEventId());
        }
        return ids;
    }

    private static List<ConsumerRecord<String, String>> records(List<String> ids) {
        return ids.stream().map(EventRecords::valid).toList();
    }

    private static ConsumerRecord<String, String> ofType(String id, String type) {
        Map<String, String> headers = EventRecords.headers(id);
        headers.put(CloudEventHeaders.TYPE, type);
        return EventRecords.record(headers, EventRecords.DATA);
    }

    private static long effects(List<String> ids) {
        return TestDatabase.count(
                "select count(*) from applied_effect where event_id = any(?)", (Object) ids.toArray(String[]::new));
    }

    private static long inboxRows(List<String> ids) {
        return TestDatabase.count(
                "select count(*) from processed_event where event_id = any(?)", (Object) ids.toArray(String[]::new));
    }

    @Test
    void appliesEachEventOfABatchOnceInOneTransactionSkippingMalformedAndUnkeptRecords() {
        List<String> ids = newIds(3);
        List<ConsumerRecord<String, String>> batch = new ArrayList<>(records(ids));
        batch.add(EventRecords.valid(ids.get(1)));
        batch.add(EventRecords.record(EventRecords.headers(EventRecords.newEventId()), BAD_DATA));
        String ignored = EventRecords.newEventId();
        batch.add(ofType(ignored, IGNORED_TYPE));
        EffectRoute route = new EffectRoute();

        assertEquals(3, consumer.consume(batch, route));

        assertEquals(3, effects(ids));
        assertEquals(3, inboxRows(ids));
        assertEquals(0, inboxRows(List.of(ignored)), "a type the route does not keep leaves no inbox row");
        assertEquals(
                1L,
                TestDatabase.count(
                        "select count(distinct xmin::text) from processed_event where event_id = any(?)",
                        (Object) ids.toArray(String[]::new)),
                "every inbox row of the batch was written by one transaction");
    }

    @Test
    void aBatchDeliveredAgainAfterItCommittedAppliesNothing() {
        List<String> ids = newIds(20);
        EffectRoute route = new EffectRoute();
        consumer.consume(records(ids), route);

        List<ConsumerRecord<String, String>> redelivered = new ArrayList<>(records(ids));
        List<String> next = newIds(2);
        redelivered.addAll(records(next));

        assertEquals(2, consumer.consume(redelivered, route), "only the events after the committed batch apply");
        assertEquals(22, route.written.get());
        assertEquals(20, effects(ids));
        assertEquals(2, effects(next));
    }

    @Test
    void retriesTheWholeBatchWhenItsTransactionFailsAndKeepsNothingOfTheFailedAttempt() {
        List<String> ids = newIds(10);
        EffectRoute route = new EffectRoute();
        route.failuresLeft.set(1);

        assertEquals(10, consumer.consume(records(ids), route));

        assertEquals(10, effects(ids));
        assertEquals(10, inboxRows(ids));
    }

    @Test
    void twoConsumersApplyingOverlappingBatchesInAnyOrderApplyEachEventOnce() throws Exception {
        Random random = new Random(13);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                List<String> ids = newIds(200);
                List<String> shuffled = new ArrayList<>(ids);
                Collections.shuffle(shuffled, random);
                EffectRoute route = new EffectRoute();
                Future<Integer> first = pool.submit(() -> consumer.consume(records(ids), route));
                Future<Integer> second = pool.submit(() -> consumer.consume(records(shuffled), route));

                assertEquals(200, first.get(30, TimeUnit.SECONDS) + second.get(30, TimeUnit.SECONDS));
                assertEquals(200, effects(ids));
                assertEquals(200, inboxRows(ids));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
