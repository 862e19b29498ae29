package vn.practica.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from the beginning of the test broker, as an independent subscriber would. */
public final class TopicReader {

    /** A record as seen on the wire: key, CloudEvent headers and JSON value. */
    public record Received(String key, Map<String, String> headers, String value) {}

    private TopicReader() {}

    /** Polls until {@code wanted} holds for a received record, or fails after {@code timeout}. */
    public static Received await(String topic, Predicate<Received> wanted, Duration timeout) {
        List<Received> all = readUntil(topic, records -> records.stream().anyMatch(wanted), timeout);
        return all.stream()
                .filter(wanted)
                .findFirst()
                .orElseThrow(() -> new AssertionError("No matching record on " + topic + " within " + timeout));
    }

    /** Every record polled until {@code done} holds for the records so far, or {@code timeout} passes. */
    public static List<Received> readUntil(String topic, Predicate<List<Received>> done, Duration timeout) {
        List<Received> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline) && !done.test(received)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    received.add(new Received(record.key(), headers(record), record.value()));
                }
            }
        }
        return received;
    }

    private static KafkaConsumer<String, String> consumer() {
        Map<String, Object> config = new HashMap<>();
        config.put(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                PracticaTestResource.broker().bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    private static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }
}
