package vn.practica.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import vn.practica.platform.testing.TestDatabase;
import vn.practica.platform.testing.TestKafka;

/**
 * Issue 12's relay benchmark, not part of the test suite (run by {@code bench/relay-bench.sh}): the relay as the
 * services run it (started at boot, default settings) drains a backlog of {@code relay.bench.events} outbox rows
 * (default 700,000, one aggregate each, ~600-byte placement-like JSON, committed in one transaction, as a
 * national matching round writes them) to a three-partition topic of the real broker. Halfway through, one
 * fresh event is committed; the bench prints the drain rate and how long that event waited.
 */
@QuarkusTest
@TestProfile(OutboxRelayDrainBench.RelayAtBoot.class)
class OutboxRelayDrainBench {
    private static final int EVENTS = Integer.getInteger("relay.bench.events", 700_000);
    private static final String TOPIC = "practica.bench.placement.events";
    private static final String FILL = "insert into outbox_event (id, aggregatetype, aggregateid, type, payload,"
            + " topic, source, occurred_at) select gen_random_uuid(), 'placement', p.id::text,"
            + " 'vn.practica.placement.placement.proposed.v1', jsonb_build_object('placementId', p.id,"
            + " 'applicationId', gen_random_uuid(), 'offerId', gen_random_uuid(), 'businessId', gen_random_uuid(),"
            + " 'schoolId', gen_random_uuid(), 'applicantKind', 'STUDENT', 'studentId', gen_random_uuid(),"
            + " 'courseSourcedId', null, 'status', 'PROPOSED', 'endedBy', null, 'fieldCode', 'PORT_OPS',"
            + " 'provinceCode', 'HCM', 'workMode', 'HYBRID', 'cooperationModelCode', 'INTERNSHIP',"
            + " 'cooperationModelVersion', 1, 'contributionKind', 'INTERNSHIP', 'expectedHours', 480 + p.i % 97,"
            + " 'jobStartDate', '2027-03-01', 'jobEndDate', '2027-06-30', 'version', 1), ?, '/practica/bench',"
            + " clock_timestamp() from (select i, gen_random_uuid() id from generate_series(1, ?) i) p";
    private static final String FRESH = "insert into outbox_event (id, aggregatetype, aggregateid, type, payload,"
            + " topic, source, occurred_at) values (gen_random_uuid(), 'placement', 'fresh', 'vn.practica.bench.v1',"
            + " '{\"fresh\":true}', ?, '/practica/bench', clock_timestamp()) returning id";

    /**
     * The services' relay: started at boot with the default settings of {@link OutboxConfig}; a
     * {@code -Dpractica.outbox.relay.*} system property overrides one, to compare settings.
     */
    public static class RelayAtBoot implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(Map.of(
                    "practica.outbox.relay.enabled", "true",
                    "practica.outbox.relay.send-timeout", "10s",
                    "practica.outbox.relay.missing-topic-grace", "2m"));
            System.getProperties().stringPropertyNames().stream()
                    .filter(name -> name.startsWith("practica.outbox.relay."))
                    .forEach(name -> overrides.put(name, System.getProperty(name)));
            return overrides;
        }
    }

    @Test
    void drainsANationalRoundBacklog() throws Exception {
        TestDatabase.update("delete from outbox_event");
        if (!TestKafka.admin().listTopics().names().get().contains(TOPIC)) {
            TestKafka.broker().createTopics(TOPIC);
        }
        try (Probe probe = new Probe()) {
            long onTopicBefore = probe.endOffset();
            Instant fillStarted = Instant.now();
            Timestamp committed = fill();
            Duration fillTook = Duration.between(fillStarted, Instant.now());

            probe.awaitOnTopic(onTopicBefore + EVENTS / 2);
            Duration freshWaited = probe.publishFresh();
            probe.awaitOnTopic(onTopicBefore + EVENTS + 1);
            probe.awaitNothingPending();

            long onTopic = probe.endOffset() - onTopicBefore;
            report(committed, fillTook, freshWaited, onTopic);
            assertEquals(EVENTS + 1L, onTopic);
        }
    }

    /** Writes the backlog in one transaction; returns the database's clock right after the commit. */
    private static Timestamp fill() throws Exception {
        try (Connection connection = TestDatabase.connect()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(FILL)) {
                insert.setString(1, TOPIC);
                insert.setInt(2, EVENTS);
                insert.executeUpdate();
            }
            connection.commit();
            connection.setAutoCommit(true);
            return (Timestamp) TestDatabase.single("select clock_timestamp()");
        }
    }

    /**
     * Watches the drain through one database connection and one Kafka admin client, kept open so that watching
     * costs the relay next to nothing (a connection per poll would fork a PostgreSQL backend each time).
     */
    private static final class Probe implements AutoCloseable {
        private final Connection connection = TestDatabase.connect();
        private final Admin admin = TestKafka.admin();

        private Probe() throws Exception {}

        /** Commits one event mid-drain and waits until the relay has marked it sent. */
        Duration publishFresh() throws Exception {
            Object id;
            try (PreparedStatement insert = connection.prepareStatement(FRESH)) {
                insert.setString(1, TOPIC);
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    id = row.getObject(1);
                }
            }
            Instant committed = Instant.now();
            try (PreparedStatement sent =
                    connection.prepareStatement("select sent_at is not null from outbox_event where id = ?")) {
                sent.setObject(1, id);
                while (!single(sent)) {
                    Thread.sleep(10);
                }
            }
            return Duration.between(committed, Instant.now());
        }

        long endOffset() throws Exception {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int partition = 0; partition < 3; partition++) {
                latest.put(new TopicPartition(TOPIC, partition), OffsetSpec.latest());
            }
            return admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).values().stream()
                    .mapToLong(ListOffsetsResultInfo::offset)
                    .sum();
        }

        void awaitOnTopic(long offset) throws Exception {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
            while (endOffset() < offset) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("the topic did not reach offset " + offset);
                }
                Thread.sleep(100);
            }
        }

        void awaitNothingPending() throws Exception {
            try (PreparedStatement pending =
                    connection.prepareStatement("select exists (select 1 from outbox_event where sent_at is null)")) {
                while (single(pending)) {
                    Thread.sleep(100);
                }
            }
        }

        private static boolean single(PreparedStatement query) throws Exception {
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }

        @Override
        public void close() throws Exception {
            admin.close();
            connection.close();
        }
    }

    private static void report(Timestamp committed, Duration fillTook, Duration freshWaited, long onTopic)
            throws Exception {
        double drained = ((Number)
                        TestDatabase.single("select extract(epoch from max(sent_at) - ?) from outbox_event", committed))
                .doubleValue();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                "backlog: %,d events committed in one transaction in %.1f s", EVENTS, fillSeconds(fillTook)));
        lines.add(String.format(
                "drain: %,d events marked sent %.1f s after the commit: %,.0f events/s",
                EVENTS, drained, EVENTS / drained));
        lines.add("per 5 s window after the commit (events marked sent): " + windows(committed));
        lines.add(String.format(
                "fresh event committed at half-way waited %.2f s until marked sent", freshWaited.toMillis() / 1000.0));
        lines.add(String.format("records on the topic: %,d (backlog + fresh; duplicates would add)", onTopic));
        lines.add("load average: " + Files.readString(Path.of("/proc/loadavg")).trim());
        lines.forEach(line -> System.out.println("RELAY-BENCH " + line));
        Files.write(Path.of("target", "relay-bench.txt"), lines);
    }

    private static double fillSeconds(Duration took) {
        return took.toMillis() / 1000.0;
    }

    private static String windows(Timestamp committed) throws Exception {
        String sql = "select count(*) from (select floor(extract(epoch from sent_at - ?) / 5) w from outbox_event"
                + " where aggregateid <> 'fresh') t group by w order by w";
        List<Long> counts = new ArrayList<>();
        try (Connection connection = TestDatabase.connect();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setTimestamp(1, committed);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.add(rows.getLong(1));
                }
            }
        }
        return counts.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }
}
