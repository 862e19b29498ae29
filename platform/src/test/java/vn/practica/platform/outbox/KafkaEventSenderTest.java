package vn.practica.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;
import vn.practica.platform.testing.TestDatabase;
import vn.practica.platform.testing.TestKafka;

@QuarkusTest
class KafkaEventSenderTest {
    private static final String SOURCE = "/practica/platform-test";
    private static final String CE_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z";

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    KafkaEventSender sender;

    @Inject
    ObjectMapper json;

    @Test
    void sendsACloudEventInBinaryModeKeyedByItsAggregateId() throws Exception {
        OutboxRows.deleteAll();
        String topic = TestKafka.newTopic("headers");
        UUID id = OutboxRows.append(outbox, topic, "IT", Map.of("code", "IT"));
        relay.publishPending();

        ConsumerRecord<String, String> record = TestKafka.readAll(topic).get(0);

        assertEquals("IT", record.key());
        assertEquals(id.toString(), TestKafka.header(record, "ce_id"));
        assertEquals(SOURCE, TestKafka.header(record, "ce_source"));
        assertEquals(OutboxRows.TYPE, TestKafka.header(record, "ce_type"));
        assertEquals("1.0", TestKafka.header(record, "ce_specversion"));
        assertEquals("IT", TestKafka.header(record, "ce_subject"));
        assertEquals("application/json", TestKafka.header(record, "content-type"));
        String time = TestKafka.header(record, "ce_time");
        assertTrue(time.matches(CE_TIME), time);
        assertEquals(occurredAt(id), Instant.parse(time));
        assertEquals(json.readTree("{\"code\":\"IT\"}"), json.readTree(record.value()));
    }

    @Test
    void configuresAnIdempotentProducerThatWaitsForEveryInSyncReplica() {
        Map<String, Object> config = sender.producerConfig();

        assertEquals("all", config.get(ProducerConfig.ACKS_CONFIG));
        assertEquals(true, config.get(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG));
        assertTrue((Integer) config.get(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION) <= 5);
        assertEquals(2_000, config.get(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG));
        assertEquals(sender.maxRequestSize(), config.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG));
    }

    @Test
    void agreesWithTheProducerOnTheLargestRecordItAccepts() {
        String topic = TestKafka.newTopic("size-limit", 1, Map.of("max.message.bytes", String.valueOf(4 << 20)));
        PendingEvent atLimit = eventOfSize(topic, sender.maxRequestSize());
        PendingEvent overLimit = eventOfSize(topic, sender.maxRequestSize() + 1);

        SendReport report = sender.send(List.of(atLimit, overLimit));

        assertEquals(List.of(atLimit.id()), report.acked());
        assertEquals(overLimit.id(), report.parked().get(0).event().id());
        assertTrue(report.parked().get(0).reason().startsWith("record of " + (sender.maxRequestSize() + 1) + " bytes"));
    }

    /** An event whose record is exactly {@code size} bytes as the producer counts them. */
    private static PendingEvent eventOfSize(String topic, int size) {
        int blob = size;
        for (int tries = 0; tries < 10; tries++) {
            PendingEvent event = new PendingEvent(
                    UUID.randomUUID(),
                    topic,
                    OutboxRows.AGGREGATE_TYPE,
                    "k" + size,
                    OutboxRows.TYPE,
                    SOURCE,
                    "2026-11-28T08:00:00.000000Z",
                    "{\"blob\":\"" + "x".repeat(blob) + "\"}",
                    null,
                    null,
                    size);
            int actual = CloudEventRecords.sizeInBytes(CloudEventRecords.toRecord(event));
            if (actual == size) {
                return event;
            }
            blob += size - actual;
        }
        throw new IllegalStateException("no payload gives a record of " + size + " bytes");
    }

    private static Instant occurredAt(UUID id) {
        Object value = TestDatabase.single("select occurred_at from outbox_event where id = ?", id);
        return ((Timestamp) value).toInstant();
    }
}
