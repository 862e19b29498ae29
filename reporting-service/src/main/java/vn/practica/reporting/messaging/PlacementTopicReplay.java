package vn.practica.reporting.messaging;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import vn.practica.events.Topics;
import vn.practica.events.placement.PlacementEventTypes;
import vn.practica.platform.kafka.KafkaConnection;
import vn.practica.reporting.facts.PlacementFactsService;

/**
 * Rebuilds the placement facts: empties them, then reads {@code practica.placement.events} from its beginning to
 * the end it had when the rebuild began, through the same batches as the live consumer. The live consumer keeps
 * running: an event both apply is applied once (inbox), an older version after a newer changes nothing, so the
 * facts end as a fresh replay would leave them. Reads with its own consumer (no group, no committed offsets).
 */
@ApplicationScoped
public class PlacementTopicReplay {
    private static final Logger LOG = Logger.getLogger(PlacementTopicReplay.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final PlacementFactsService facts;
    private final PlacementEventBatches batches;
    private final RebuildConfig config;
    private final Map<String, Object> kafkaConfig;

    PlacementTopicReplay(
            PlacementFactsService facts,
            PlacementEventBatches batches,
            RebuildConfig config,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.facts = facts;
        this.batches = batches;
        this.config = config;
        this.kafkaConfig = kafkaConfig;
    }

    /** Empties the facts and replays the topic into them; returns how many records were read. */
    public long rebuild() {
        facts.clearForRebuild(PlacementEventTypes.SOURCE);
        long records = 0;
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.PLACEMENT).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (!reached(consumer, end)) {
                ConsumerRecords<String, String> polled = consumer.poll(POLL);
                batches.apply(polled);
                records += polled.count();
            }
        }
        return records;
    }

    void rebuildAtStart(@Observes StartupEvent startup) {
        if (!config.atStart()) {
            return;
        }
        Thread rebuild = new Thread(
                () -> LOG.infof("Rebuilt the placement facts from %d records of %s", rebuild(), Topics.PLACEMENT),
                "placement-facts-rebuild");
        rebuild.setDaemon(true);
        rebuild.start();
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private KafkaConsumer<String, String> consumer() {
        Map<String, Object> properties = KafkaConnection.of(kafkaConfig);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-placement-replay");
        return new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
    }
}
