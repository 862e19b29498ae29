package vn.practica.partner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.CloudEventUtils;
import io.cloudevents.core.data.PojoCloudEventData;
import io.cloudevents.jackson.PojoCloudEventDataMapper;
import io.cloudevents.kafka.CloudEventDeserializer;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * A partner reading Practica's public topics (docs/partner-stream.md): the plain Kafka consumer with the
 * CloudEvents SDK's deserializer, in its own consumer group, committing what it has handled. Only Kafka's client,
 * the CloudEvents SDK and Jackson: copy it as a start, and keep your own state in the transaction that records
 * each event's (source, id), as the guide says.
 *
 * <p>Run it against {@code ./practica up}: {@code java ... vn.practica.partner.PartnerStreamConsumer 127.0.0.1:9092
 * partner-example-reporting}. Against the national cluster add the SCRAM and TLS settings of {@link #connection}.
 */
public final class PartnerStreamConsumer implements AutoCloseable {
    /** The public topics (docs/asyncapi.yaml, channels catalogEvents and placementEvents). */
    public static final List<String> TOPICS = List.of("practica.catalog.events", "practica.placement.events");

    /** One event as the partner sees it: the CloudEvent's attributes and its data as a JSON tree. */
    public record Received(
            String topic,
            int partition,
            long offset,
            String id,
            String source,
            String type,
            String subject,
            JsonNode data) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KafkaConsumer<String, CloudEvent> consumer;

    public PartnerStreamConsumer(Properties connection, String groupId) {
        Properties settings = new Properties();
        settings.putAll(connection);
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        // Reads binary content mode (ce_* headers, JSON value) and structured mode alike
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, CloudEventDeserializer.class.getName());
        // A new partner starts from the first event; the topics keep every event (docs/kubernetes.md, Retention)
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Offsets are committed after the events are handled: at least once, so dedupe on (source, id)
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // Only what the producers' transactions committed
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer = new KafkaConsumer<>(settings);
        consumer.subscribe(TOPICS);
    }

    /**
     * The local broker: plain text, no authentication. A national partner adds {@code security.protocol=SASL_SSL},
     * {@code sasl.mechanism=SCRAM-SHA-512}, {@code sasl.jaas.config} (from its KafkaUser's Secret) and the cluster
     * CA as {@code ssl.truststore.*}.
     */
    public static Properties connection(String bootstrapServers) {
        Properties connection = new Properties();
        connection.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return connection;
    }

    /** Polls once, hands every event to {@code handler}, then commits their offsets; returns how many came. */
    public int pollOnce(Duration timeout, Consumer<Received> handler) {
        int count = 0;
        for (ConsumerRecord<String, CloudEvent> record : consumer.poll(timeout)) {
            handler.accept(received(record));
            count++;
        }
        if (count > 0) {
            consumer.commitSync();
        }
        return count;
    }

    private static Received received(ConsumerRecord<String, CloudEvent> record) {
        CloudEvent event = record.value();
        PojoCloudEventData<JsonNode> data =
                CloudEventUtils.mapData(event, PojoCloudEventDataMapper.from(JSON, JsonNode.class));
        return new Received(
                record.topic(),
                record.partition(),
                record.offset(),
                event.getId(),
                event.getSource().toString(),
                event.getType(),
                event.getSubject(),
                data == null ? null : data.getValue());
    }

    @Override
    public void close() {
        consumer.close();
    }

    /** Prints every event, one line each, until stopped. */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: PartnerStreamConsumer <bootstrap servers> <consumer group>");
            System.exit(64);
        }
        try (PartnerStreamConsumer partner = new PartnerStreamConsumer(connection(args[0]), args[1])) {
            while (!Thread.currentThread().isInterrupted()) {
                partner.pollOnce(
                        Duration.ofSeconds(1),
                        e -> System.out.printf(
                                "%s-%d@%d %s %s %s %s%n",
                                e.topic(), e.partition(), e.offset(), e.type(), e.id(), e.subject(), e.data()));
            }
        }
    }
}
