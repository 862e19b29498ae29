package vn.practica.platform.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import vn.practica.devkit.KafkaBroker;

/**
 * The test JVM's KRaft broker (devkit), a fresh topic per test so tests never count each other's records, and
 * a reader that returns everything on a topic, duplicates included.
 */
public final class TestKafka {
    private static final AtomicInteger TOPICS = new AtomicInteger();
    private static KafkaBroker broker;

    private TestKafka() {}

    public static synchronized KafkaBroker broker() {
        if (broker == null) {
            broker = KafkaBroker.inDirectory(Path.of("target", "kafka-" + UUID.randomUUID()), 0)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "test-kafka-stop"));
        }
        return broker;
    }

    /** A new topic with {@code partitions} partitions and the given topic configs (e.g. {@code max.message.bytes}). */
    public static String newTopic(String name, int partitions, Map<String, String> configs) {
        String topic = "practica.test." + name + "." + TOPICS.incrementAndGet();
        try (Admin admin = admin()) {
            NewTopic newTopic = new NewTopic(topic, partitions, (short) 1).configs(configs);
            admin.createTopics(List.of(newTopic)).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not create topic " + topic, e);
        }
        return topic;
    }

    /**
     * Creates {@code topic} under exactly that name unless it exists: a topic a connector channel subscribes to
     * at boot (the broker creates no topic on its own).
     */
    public static void ensureTopic(String topic) {
        try (Admin admin = admin()) {
            if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1)))
                        .all()
                        .get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not create topic " + topic, e);
        }
    }

    public static String newTopic(String name) {
        return newTopic(name, 1, Map.of());
    }

    /** Every record on the topic up to its current end, read from the start of each partition. */
    public static List<ConsumerRecord<String, String>> readAll(String topic) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            Instant deadline = Instant.now().plusSeconds(10);
            while (!atEnd(consumer, ends) && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
            return records;
        }
    }

    /** The {@code ce_id} header of each record on the topic, in offset order per partition. */
    public static List<String> eventIds(String topic) {
        return readAll(topic).stream().map(record -> header(record, "ce_id")).toList();
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker().bootstrapServers()));
    }

    private static boolean atEnd(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private static KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        broker().bootstrapServers(),
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_uncommitted"),
                new StringDeserializer(),
                new StringDeserializer());
    }
}
