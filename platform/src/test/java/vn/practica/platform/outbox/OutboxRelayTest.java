package vn.practica.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.practica.platform.outbox.OutboxRows.append;
import static vn.practica.platform.outbox.OutboxRows.appendEach;
import static vn.practica.platform.outbox.OutboxRows.attempts;
import static vn.practica.platform.outbox.OutboxRows.sent;
import static vn.practica.platform.outbox.OutboxRows.strings;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.practica.platform.notify.DatabaseAddress;
import vn.practica.platform.outbox.OutboxRelay.BatchResult;
import vn.practica.platform.testing.TestDatabase;
import vn.practica.platform.testing.TestKafka;
import vn.practica.platform.tracing.EventSpans;

@QuarkusTest
class OutboxRelayTest {
    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxStore store;

    @Inject
    KafkaEventSender sender;

    @Inject
    OutboxMetrics metrics;

    @Inject
    EventSpans spans;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @BeforeEach
    void emptyOutbox() {
        OutboxRows.deleteAll();
    }

    @Test
    void publishesPendingRowsInSeqOrderAndMarksThemSent() {
        String topic = TestKafka.newTopic("order");
        List<UUID> ids = appendEach(outbox, topic, "a", "b", "a", "c", "b", "a");

        assertEquals(new BatchResult(6, 6, 0, 0), relay.publishPending());

        assertEquals(strings(ids), TestKafka.eventIds(topic));
        assertTrue(ids.stream().allMatch(OutboxRows::sent));
        assertEquals(new BatchResult(0, 0, 0, 0), relay.publishPending());
    }

    @Test
    void keepsEventsWhileKafkaIsDownAndPublishesThemOnceItIsBack() throws Exception {
        String topic = TestKafka.newTopic("outage");
        OutboxRelay running = startRelay(Duration.ofMillis(200));
        try {
            TestKafka.broker().stop();
            List<UUID> ids = appendEach(outbox, topic, "a", "b", "c");
            awaitTrue(() -> attempts(ids.get(0)) >= 1, Duration.ofSeconds(20));
            assertEquals(3, OutboxRows.unsent());

            TestKafka.broker().start();
            awaitTrue(() -> ids.stream().allMatch(OutboxRows::sent), Duration.ofSeconds(30));
            // At least once: a record written just as its send timed out would be sent again, so only
            // loss and order are checked here; exactly-once on the wire is checked where Kafka stays up.
            assertEquals(
                    strings(ids), TestKafka.eventIds(topic).stream().distinct().toList());
        } finally {
            TestKafka.broker().start();
            running.stop(null);
        }
    }

    @Test
    void publishesWithinMomentsOfTheCommitRatherThanAtTheNextPoll() throws Exception {
        String topic = TestKafka.newTopic("wakeup");
        OutboxRelay running = startRelay(Duration.ofSeconds(60));
        try {
            Thread.sleep(1000); // the relay finds nothing and LISTENs, with its next poll a minute away
            Instant committed = Instant.now();
            UUID id = append(outbox, topic, "a");
            awaitTrue(() -> sent(id), Duration.ofSeconds(10));
            assertTrue(Duration.between(committed, Instant.now()).compareTo(Duration.ofSeconds(5)) < 0);
        } finally {
            running.stop(null);
        }
    }

    @Test
    void aRowCommittedAfterLaterRowsWereSentIsStillPublished() throws Exception {
        String topic = TestKafka.newTopic("late");
        UUID late = UUID.randomUUID();
        long lateSeq;
        try (Connection writer = TestDatabase.connect()) {
            writer.setAutoCommit(false);
            try (PreparedStatement insert = writer.prepareStatement("insert into outbox_event (id, aggregatetype,"
                    + " aggregateid, type, payload, topic, source, occurred_at) values (?, ?, 'late', ?,"
                    + " '{\"name\": \"late\"}', ?, 's', now()) returning seq")) {
                insert.setObject(1, late);
                insert.setString(2, OutboxRows.AGGREGATE_TYPE);
                insert.setString(3, OutboxRows.TYPE);
                insert.setString(4, topic);
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    lateSeq = row.getLong(1);
                }
            }
            List<UUID> after = appendEach(outbox, topic, "a", "b");
            for (int batch = 0; batch < 3; batch++) {
                relay.publishPending();
            }
            assertTrue(after.stream().allMatch(OutboxRows::sent));
            assertTrue(relay.readFloor() <= lateSeq, "the floor waits for the open transaction's rows");
            writer.commit();
        }

        assertEquals(new BatchResult(1, 1, 0, 0), relay.publishPending());
        assertTrue(sent(late));
    }

    @Test
    void theReadMovesPastSentRowsOnceNoTransactionOpenWhenTheyWereReadRemains() throws Exception {
        String topic = TestKafka.newTopic("floor");
        List<UUID> ids = appendEach(outbox, topic, "a", "b", "c");
        long last = seqOf(ids.get(2));

        awaitTrue(() -> relay.publishPending() != null && relay.readFloor() > last, Duration.ofSeconds(10));

        assertTrue(ids.stream().allMatch(OutboxRows::sent));
    }

    @Test
    void skipsARoundWhileAnotherInstanceHoldsTheRelayLock() throws Exception {
        String topic = TestKafka.newTopic("lock");
        UUID id = append(outbox, topic, "a");
        try (Connection otherInstance = TestDatabase.connect()) {
            otherInstance.setAutoCommit(false);
            assertTrue(takeRelayLock(otherInstance));

            assertEquals(new BatchResult(0, 0, 0, 0), relay.publishPending());
            assertFalse(sent(id));
            otherInstance.rollback();
        }
        assertEquals(new BatchResult(1, 1, 0, 0), relay.publishPending());
    }

    @Test
    void publishesEveryEventExactlyOnceWithTwoRelaysOnOneDatabase() throws Exception {
        String topic = TestKafka.newTopic("two-relays", 3, Map.of());
        KafkaEventSender otherSender =
                new KafkaEventSender(kafkaConfig, new RelaySettings(Duration.ofSeconds(1)), spans);
        OutboxRelay other =
                new OutboxRelay(store, otherSender, wakeups(), new RelaySettings(Duration.ofSeconds(1)), metrics);
        try {
            TwoRelays.Outcome outcome = new TwoRelays(relay, other).publishWhile(() -> appendMany(topic, 120));

            assertEquals(120, outcome.sent());
            assertTrue(outcome.rounds() > 2, "both relays kept trying while events were written");
            List<String> onTopic = TestKafka.eventIds(topic);
            assertEquals(120, onTopic.size());
            assertEquals(120, onTopic.stream().distinct().count());
        } finally {
            otherSender.close();
        }
    }

    private List<UUID> appendMany(String topic, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> append(outbox, topic, "thing-" + i % 7))
                .toList();
    }

    private OutboxRelay startRelay(Duration pollInterval) {
        OutboxRelay started = new OutboxRelay(store, sender, wakeups(), new RelaySettings(pollInterval), metrics);
        started.start(null);
        return started;
    }

    private static OutboxWakeups wakeups() {
        return new OutboxWakeups(new DatabaseAddress(
                TestDatabase.jdbcUrl(),
                Optional.of(TestDatabase.DATABASES.user()),
                Optional.of(TestDatabase.DATABASES.password())));
    }

    private static long seqOf(UUID id) {
        return TestDatabase.count("select seq from outbox_event where id = ?", id);
    }

    private static boolean takeRelayLock(Connection connection) throws Exception {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, OutboxStore.RELAY_LOCK);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    static void awaitTrue(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            assertTrue(Instant.now().isBefore(deadline), "condition not met within " + timeout);
            Thread.sleep(50);
        }
    }
}
