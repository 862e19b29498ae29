package vn.practica.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.practica.platform.outbox.OutboxRows.append;
import static vn.practica.platform.outbox.OutboxRows.parkReason;
import static vn.practica.platform.outbox.OutboxRows.parked;
import static vn.practica.platform.outbox.OutboxRows.payloadOf;
import static vn.practica.platform.outbox.OutboxRows.sent;
import static vn.practica.platform.outbox.OutboxRows.strings;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.practica.platform.outbox.OutboxRelay.BatchResult;
import vn.practica.platform.testing.TestDatabase;
import vn.practica.platform.testing.TestKafka;

/** Poison events: rows Kafka refuses for good are parked, the rest flows, their aggregates wait behind them. */
@QuarkusTest
class OutboxRelayParkingTest {
    /** A topic limit far below the producer's 1 MiB, so the broker, not the producer, refuses the record. */
    private static final int TOPIC_LIMIT = 16 * 1024;

    private static final int TWO_MEGABYTES = 2 * 1024 * 1024;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    ParkedEvents parkedEvents;

    /** Events a, poison p, b, p again, c, p a third time; the poison is too large for the topic. */
    private record PoisonedBatch(String topic, UUID a, UUID poison, UUID b, UUID heldP, UUID c, UUID heldP2) {}

    @BeforeEach
    void emptyOutbox() {
        OutboxRows.deleteAll();
    }

    @Test
    void parksARecordTheBrokerRefusesAndPublishesTheRest() {
        PoisonedBatch batch = poisonedBatch();

        assertEquals(new BatchResult(6, 3, 1, 0), relay.publishPending());

        assertTrue(parked(batch.poison()));
        assertTrue(parkReason(batch.poison()).startsWith("RecordTooLargeException"), parkReason(batch.poison()));
        assertEquals(
                sorted(strings(List.of(batch.a(), batch.b(), batch.c()))), sorted(TestKafka.eventIds(batch.topic())));
    }

    @Test
    void holdsLaterEventsOfAParkedAggregateAndNeverResendsWhatWasAcknowledged() {
        PoisonedBatch batch = poisonedBatch();
        relay.publishPending();
        UUID later = append(outbox, batch.topic(), "p");
        UUID other = append(outbox, batch.topic(), "d");

        assertEquals(new BatchResult(1, 1, 0, 0), relay.publishPending());

        for (UUID held : List.of(batch.heldP(), batch.heldP2(), later)) {
            assertFalse(sent(held) || parked(held), "held, neither sent nor parked: " + held);
        }
        assertEquals(
                sorted(strings(List.of(batch.a(), batch.b(), batch.c(), other))),
                sorted(TestKafka.eventIds(batch.topic())));
    }

    @Test
    void publishesARedrivenEventBeforeTheEventsHeldBehindIt() {
        PoisonedBatch batch = poisonedBatch();
        relay.publishPending();
        TestDatabase.update("update outbox_event set payload = '{\"blob\": \"fixed\"}' where id = ?", batch.poison());

        assertTrue(parkedEvents.redrive(batch.poison()));
        assertEquals(new BatchResult(3, 3, 0, 0), relay.publishPending());

        List<String> onTopic = TestKafka.eventIds(batch.topic());
        assertEquals(6, onTopic.size(), "each event exactly once");
        assertEquals(
                strings(List.of(batch.poison(), batch.heldP(), batch.heldP2())), eventIdsOfKey(batch.topic(), "p"));
    }

    @Test
    void parksARecordOverTheProducerLimitWithoutSendingIt() {
        String topic = TestKafka.newTopic("producer-limit");
        UUID a = append(outbox, topic, "a");
        UUID poison = append(outbox, topic, "p", payloadOf(TWO_MEGABYTES));
        UUID b = append(outbox, topic, "b");

        assertEquals(new BatchResult(3, 2, 1, 0), relay.publishPending());

        assertTrue(parkReason(poison).contains("exceeds max.request.size 1048576"), parkReason(poison));
        assertEquals(strings(List.of(a, b)), TestKafka.eventIds(topic));
    }

    @Test
    void parksTheEventsOfATopicThatDoesNotExistAndPublishesTheOthers() {
        String missing = "practica.test.missing." + UUID.randomUUID();
        String topic = TestKafka.newTopic("beside-missing");
        UUID first = append(outbox, missing, "a");
        UUID second = append(outbox, missing, "b");
        UUID kept = append(outbox, topic, "c");

        assertEquals(new BatchResult(3, 1, 2, 0), relay.publishPending());

        assertTrue(parkReason(first).startsWith("topic " + missing + " does not exist"), parkReason(first));
        assertTrue(parked(second));
        assertEquals(strings(List.of(kept)), TestKafka.eventIds(topic));
    }

    private PoisonedBatch poisonedBatch() {
        String topic = TestKafka.newTopic("broker-limit", 3, Map.of("max.message.bytes", String.valueOf(TOPIC_LIMIT)));
        return new PoisonedBatch(
                topic,
                append(outbox, topic, "a"),
                append(outbox, topic, "p", payloadOf(2 * TOPIC_LIMIT)),
                append(outbox, topic, "b"),
                append(outbox, topic, "p"),
                append(outbox, topic, "c"),
                append(outbox, topic, "p"));
    }

    private static List<String> sorted(List<String> ids) {
        return ids.stream().sorted().toList();
    }

    private static List<String> eventIdsOfKey(String topic, String key) {
        return TestKafka.readAll(topic).stream()
                .filter(record -> key.equals(record.key()))
                .map(record -> TestKafka.header(record, "ce_id"))
                .toList();
    }
}
