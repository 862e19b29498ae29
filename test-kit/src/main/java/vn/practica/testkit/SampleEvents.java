package vn.practica.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.practica.events.CloudEventHeaders;

/**
 * Consumer-side tests feed services the checked-in sample of each event type (from the event contract
 * module), adapted to the test's own aggregate, and send it to the test broker as a producer would.
 */
public final class SampleEvents {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One Kafka record: key, CloudEvent headers, JSON value. */
    public record SampleEvent(String key, Map<String, String> headers, String value) {
        public String id() {
            return headers.get(CloudEventHeaders.ID);
        }

        /** The same event with other data, for malformed-data tests. */
        public SampleEvent withValue(String newValue) {
            return new SampleEvent(key, headers, newValue);
        }

        /** The same event without one header, for malformed-envelope tests. */
        public SampleEvent without(String header) {
            Map<String, String> fewer = new HashMap<>(headers);
            fewer.remove(header);
            return new SampleEvent(key, fewer, value);
        }
    }

    private SampleEvents() {}

    /**
     * The sample {@code samples/<path>} with a fresh {@code ce_id}, its key and subject set to
     * {@code key}, and the given data fields replaced.
     */
    public static SampleEvent sample(String path, String key, Map<String, Object> data) {
        JsonNode sample = read(path);
        Map<String, String> headers = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = sample.get("headers").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> header = it.next();
            headers.put(header.getKey(), header.getValue().asText());
        }
        headers.put(CloudEventHeaders.ID, UUID.randomUUID().toString());
        headers.put(CloudEventHeaders.SUBJECT, key);
        ObjectNode value = (ObjectNode) sample.get("data");
        data.forEach((name, v) -> value.set(name, JSON.valueToTree(v)));
        return new SampleEvent(key, headers, value.toString());
    }

    /** Sends to the test broker and waits for the acknowledgement. */
    public static void send(String topic, SampleEvent... events) {
        try (KafkaProducer<String, String> producer = producer()) {
            for (SampleEvent event : events) {
                ProducerRecord<String, String> record = new ProducerRecord<>(topic, event.key(), event.value());
                event.headers().forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
                producer.send(record).get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not send sample events", e);
        }
    }

    private static KafkaProducer<String, String> producer() {
        Map<String, Object> config = new HashMap<>();
        config.put(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                PracticaTestResource.broker().bootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(
                ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) Duration.ofSeconds(30).toMillis());
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private static JsonNode read(String path) {
        String resource = "/vn/practica/events/samples/" + path;
        try (InputStream in = SampleEvents.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No sample " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
