package vn.practica.platform.outbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.practica.platform.kafka.KafkaConnection;
import vn.practica.platform.tracing.EventSpans;

/** Sends outbox rows as CloudEvents (Kafka binary mode) and reports which were acknowledged or refused for good. */
@ApplicationScoped
class KafkaEventSender {
    /** Kafka's own default of {@code max.request.size}; {@code kafka.max.request.size} overrides it. */
    private static final int DEFAULT_MAX_REQUEST_SIZE = 1024 * 1024;

    private final Map<String, Object> kafkaConfig;
    private final OutboxConfig.Relay config;
    private final MissingTopics missingTopics;
    private final EventSpans spans;
    private KafkaProducer<String, byte[]> producer;

    KafkaEventSender(
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            OutboxConfig config,
            EventSpans spans) {
        this.kafkaConfig = kafkaConfig;
        this.config = config.relay();
        this.spans = spans;
        this.missingTopics =
                new MissingTopics(KafkaConnection.of(kafkaConfig), waitTimeout(), this.config.missingTopicGrace());
    }

    /** Sends the events in seq order and waits for the broker; see {@link BatchSend} for the rules. */
    SendReport send(List<PendingEvent> events) {
        return new BatchSend(producer(), maxRequestSize(), missingTopics, spans).send(events);
    }

    int maxRequestSize() {
        Object configured = kafkaConfig.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        return configured == null ? DEFAULT_MAX_REQUEST_SIZE : Integer.parseInt(configured.toString());
    }

    /** Idempotent, fully acknowledged, bounded waits: a down broker fails fast and the relay retries. */
    Map<String, Object> producerConfig() {
        int wait = (int) waitTimeout().toMillis();
        Map<String, Object> producerConfig = KafkaConnection.of(kafkaConfig);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        producerConfig.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxRequestSize());
        producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, wait);
        producerConfig.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, wait);
        producerConfig.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int)
                config.sendTimeout().toMillis());
        producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay");
        return producerConfig;
    }

    /** Kafka wants {@code delivery.timeout.ms} to cover a request; half of it leaves room for one retry. */
    private Duration waitTimeout() {
        return config.sendTimeout().dividedBy(2);
    }

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
        missingTopics.close();
    }
}
