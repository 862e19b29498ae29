package vn.practica.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventInboxTest {
    private static final int DELIVERIES = 8;

    @Inject
    EventInbox inbox;

    @Inject
    EventConsumer consumer;

    @Inject
    EntityManager em;

    @Test
    void appliesAnEventOnceWhenEightConsumersDeliverItAtTheSameTime() throws Exception {
        String eventId = EventRecords.newEventId();
        ConsumerRecord<String, String> record = EventRecords.valid(eventId);
        AtomicInteger runs = new AtomicInteger();
        Consumer<IncomingEvent> handler = event -> {
            runs.incrementAndGet();
            em.persist(new AppliedEffect(event.id()));
            pause(100); // keeps the first transaction open while the other deliveries arrive
        };

        deliverAtOnce(() -> consumer.consume(record, handler));

        assertEquals(1, runs.get());
        assertEquals(1, EventRecords.effects(eventId));
        assertEquals(1, EventRecords.inboxRows(eventId));
    }

    @Test
    void appliesAnEventAgainWhenTheFirstAttemptRolledBack() {
        String eventId = EventRecords.newEventId();
        AtomicInteger runs = new AtomicInteger();
        Consumer<IncomingEvent> failsOnce = event -> {
            em.persist(new AppliedEffect(event.id()));
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("database went away mid-transaction");
            }
        };

        consumer.consume(EventRecords.valid(eventId), failsOnce);

        assertEquals(2, runs.get());
        assertEquals(1, EventRecords.effects(eventId));
        assertEquals(1, EventRecords.inboxRows(eventId));
    }

    @Test
    void reportsWhetherTheHandlerRan() {
        IncomingEvent event = IncomingEvent.from(EventRecords.valid(EventRecords.newEventId()));
        Consumer<IncomingEvent> handler = applied -> em.persist(new AppliedEffect(applied.id()));

        assertTrue(inbox.applyOnce(event, handler));
        assertFalse(inbox.applyOnce(event, handler));
    }

    private static void deliverAtOnce(Runnable delivery) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(DELIVERIES);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> deliveries = new ArrayList<>();
            for (int i = 0; i < DELIVERIES; i++) {
                deliveries.add(pool.submit(() -> {
                    start.await();
                    delivery.run();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : deliveries) {
                future.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
