package vn.practica.catalog;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import vn.practica.events.Topics;
import vn.practica.testkit.PracticaTestResource;
import vn.practica.testkit.TopicReader;

/**
 * Every record on the catalog topic up to its current end, on every partition. Counting "exactly these
 * events and no more" needs all partitions read to their end; order holds only within a partition.
 */
public final class CatalogTopic {
    private CatalogTopic() {}

    public static List<TopicReader.Received> readToEnd(Duration timeout) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.CATALOG).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<TopicReader.Received> received = new ArrayList<>();
            Instant deadline = Instant.now().plus(timeout);
            while (!atEnd(consumer, ends)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("Catalog topic not read to its end within " + timeout);
                }
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    received.add(new TopicReader.Received(r.key(), headers(r), r.value()));
                }
            }
            return received;
        }
    }

    private static boolean atEnd(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static KafkaConsumer<String, String> consumer() {
        Map<String, Object> config = new HashMap<>();
        config.put(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                PracticaTestResource.broker().bootstrapServers());
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
