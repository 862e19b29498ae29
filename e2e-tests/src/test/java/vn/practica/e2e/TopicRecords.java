package vn.practica.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Every record the broker holds, read as an outsider would (no consumer group, from the first offset to the end
 * of every partition of every topic): for assertions over all that was ever published, such as privacy scans.
 */
final class TopicRecords {
    /** One record as text: topic, key, CloudEvents headers and value. */
    record Text(String topic, String type, String key, String headers, String value) {
        boolean contains(String needle) {
            return key.contains(needle) || headers.contains(needle) || value.contains(needle);
        }
    }

    private TopicRecords() {}

    /** All records of all topics, internal topics excepted. */
    static List<Text> all(String bootstrapServers) throws Exception {
        Set<String> topics;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            topics = admin.listTopics().names().get();
        }
        List<Text> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(settings(bootstrapServers))) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic)
                        .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (!reachedEnd(consumer, ends)) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    records.add(text(r));
                }
            }
        }
        return records;
    }

    private static boolean reachedEnd(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static Text text(ConsumerRecord<byte[], byte[]> r) {
        StringBuilder headers = new StringBuilder();
        String type = "";
        for (Header h : r.headers()) {
            String value = h.value() == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
            headers.append(h.key()).append('=').append(value).append('\n');
            if (h.key().equals("ce_type")) {
                type = value;
            }
        }
        return new Text(r.topic(), type, utf8(r.key()), headers.toString(), utf8(r.value()));
    }

    private static String utf8(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    private static Properties settings(String bootstrapServers) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "e2e-topic-scan-" + UUID.randomUUID());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return p;
    }
}
