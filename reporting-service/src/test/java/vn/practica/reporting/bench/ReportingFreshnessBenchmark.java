package vn.practica.reporting.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import vn.practica.devkit.Databases;
import vn.practica.devkit.DevKeys;
import vn.practica.devkit.DevTokens;
import vn.practica.devkit.FreePorts;
import vn.practica.devkit.KafkaBroker;
import vn.practica.devkit.ServiceProcess;
import vn.practica.events.Topics;
import vn.practica.events.placement.PlacementEventTypes;
import vn.practica.reporting.bench.RoundEvents.Applicant;

/**
 * Issue 13's freshness and catch-up figures for the packaged reporting-service, run by
 * {@code bench/reporting-freshness.sh}. Starts a KRaft broker in this JVM and the service as its own process
 * ({@code -Xmx384m}, as {@code ./practica up}) on a fresh database, then:
 *
 * <ul>
 *   <li>steady: placement-topic events at a fixed rate, sent straight to Kafka with {@code ce_time} = send time,
 *       while {@link VisibilityPoller} notes when each becomes visible in reporting's committed tables;
 *   <li>catch-up: with the service stopped, a matching round's events, then the service started; the applied
 *       count is read each second until all are in.
 * </ul>
 */
public final class ReportingFreshnessBenchmark {
    private static final Duration READY = Duration.ofMinutes(3);
    private static final int WARM_UP = 20_000;
    private static final String APPLIED = "select count(*) from processed_event where source = ? and event_time >= ?";
    private static final String INBOX_LAG = "select"
            + " percentile_cont(0.5) within group (order by extract(epoch from processed_at - event_time) * 1000),"
            + " percentile_cont(0.99) within group (order by extract(epoch from processed_at - event_time) * 1000),"
            + " max(extract(epoch from processed_at - event_time) * 1000), count(*)"
            + " from processed_event where source = ? and event_time >= ?";

    private final Path state;
    private final Path app;
    private final Databases databases = Databases.fromEnvironment();
    private final String database =
            "practica_reporting_bench" + System.getenv().getOrDefault("PRACTICA_TEST_DB_SUFFIX", "");
    private final RoundEvents events = new RoundEvents();
    private KafkaBroker broker;
    private DevKeys keys;
    private ServiceProcess service;

    private ReportingFreshnessBenchmark(Path state, Path app) {
        this.state = state;
        this.app = app;
    }

    /** Arguments: steady|catchup|all, the quarkus-app folder to run, the state folder; then rate and counts. */
    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "all";
        Path app = Path.of(args.length > 1 ? args[1] : "reporting-service/target/quarkus-app");
        Path state = Path.of(args.length > 2 ? args[2] : "reporting-service/target/freshness-bench");
        var bench = new ReportingFreshnessBenchmark(state, app);
        Runtime.getRuntime().addShutdownHook(new Thread(bench::tearDown));
        try {
            bench.setUp();
            if (!"catchup".equals(mode)) {
                bench.steady(Integer.getInteger("rate", 1_000), Integer.getInteger("seconds", 60));
            }
            if (!"steady".equals(mode)) {
                bench.catchUp(Integer.getInteger("burst", 700_000));
            }
        } finally {
            bench.tearDown();
        }
    }

    private void setUp() throws Exception {
        deleteRecursively(state);
        databases.dropIfExists(database);
        databases.ensureExists(database);
        broker = KafkaBroker.inDirectory(state.resolve("kafka"), 0).start();
        broker.createTopics(Topics.all());
        keys = DevKeys.inDirectory(state.resolve("keys"));
        int port = FreePorts.free();
        service = new ServiceProcess(
                "reporting-service",
                app.resolve("quarkus-run.jar"),
                port,
                environment(port),
                state.resolve("reporting-service.log"));
        System.out.printf("app %s, database %s, load average %s%n", app, database, load());
    }

    private synchronized void tearDown() {
        if (service != null) {
            service.stop();
        }
        if (broker != null && broker.running()) {
            broker.stop();
        }
    }

    private void steady(int rate, int seconds) throws Exception {
        startService();
        try (var producer = producer(0);
                Connection db = databases.connect(database)) {
            warmUp(producer, db);
            Instant start = Instant.now();
            String loadBefore = load();
            int total = rate * seconds;
            try (var poller = new VisibilityPoller(db, PlacementEventTypes.SOURCE, start)) {
                int applications = produceSteadily(producer, rate, total);
                awaitApplied(db, start, total, Duration.ofMinutes(2));
                awaitSeen(poller, total);
                double[] lags = poller.stop();
                System.out.printf(
                        "steady %d events/s for %d s (%d events, %d applications), load average %s -> %s%n",
                        rate, seconds, total, applications, loadBefore, load());
                printPercentiles("  visible (committed, poll every 10 ms)", lags);
                printInboxLag(db, start);
                System.out.printf("  KPI API applications this year: %s%n", kpiApplications());
            }
        }
    }

    /** A round of events at {@code rate}: per ten, six applications submitted, two rejected, one accepted, placed. */
    private int produceSteadily(KafkaProducer<String, String> producer, int rate, int total) {
        List<Applicant> pool = new ArrayList<>();
        long start = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        int tick = 0;
        for (int sent = 0; sent < total; tick++) {
            for (int k = 0; k < 10 && sent < total; k++, sent++) {
                LockSupport.parkNanos(start + sent * interval - System.nanoTime());
                producer.send(steadyEvent(pool, tick, k));
            }
        }
        producer.flush();
        return pool.size();
    }

    private ProducerRecord<String, String> steadyEvent(List<Applicant> pool, int tick, int k) {
        if (k < 6) {
            Applicant applicant = Applicant.of(pool.size());
            pool.add(applicant);
            return events.submitted(applicant);
        }
        if (k < 8) {
            return events.moved(pool.get(3 * tick + k - 6), "SUBMITTED", "REJECTED", 2);
        }
        Applicant placed = pool.get(3 * tick + 2);
        return k == 8 ? events.moved(placed, "SUBMITTED", "ACCEPTED", 2) : events.placed(placed);
    }

    /**
     * Until reporting owns the partitions and its code is compiled, as in a service that has run for a while: a
     * round of {@code WARM_UP} events at full speed, waited for, outside the measured window.
     */
    private void warmUp(KafkaProducer<String, String> producer, Connection db) throws Exception {
        Instant start = Instant.now();
        produceRound(producer, WARM_UP);
        awaitApplied(db, start, WARM_UP, READY);
        System.out.printf(
                "warm-up: %d events applied in %d ms%n",
                WARM_UP, Duration.between(start, Instant.now()).toMillis());
    }

    private void catchUp(int burst) throws Exception {
        if (!service.alive()) {
            // run alone, catch-up first lets the service migrate its database, where the applied count is read
            startService();
        }
        service.stop();
        Instant start = Instant.now();
        try (var producer = producer(20)) {
            produceRound(producer, burst);
        }
        System.out.printf(
                "catch-up: %d events produced in %d ms with reporting stopped, load average %s%n",
                burst, Duration.between(start, Instant.now()).toMillis(), load());
        try (Connection db = databases.connect(database)) {
            long launched = System.nanoTime();
            service.start();
            List<Long> perSecond = new ArrayList<>();
            long first = -1;
            long applied = 0;
            while (applied < burst) {
                LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
                applied = applied(db, start);
                long previous = perSecond.isEmpty()
                        ? 0
                        : perSecond.stream().mapToLong(Long::longValue).sum();
                perSecond.add(applied - previous);
                if (first < 0 && applied > 0) {
                    first = System.nanoTime();
                }
                if (Duration.ofNanos(System.nanoTime() - launched).toMinutes() > 10) {
                    throw new IllegalStateException("only " + applied + " of " + burst + " applied in 10 minutes");
                }
            }
            long done = System.nanoTime();
            System.out.printf("  applied per second: %s%n", perSecond);
            System.out.printf(
                    "  all %d applied %.1f s after launch; %.1f s from the first applied: %.0f events/s;"
                            + " load average %s%n",
                    burst, (done - launched) / 1e9, (done - first) / 1e9, burst / ((done - first) / 1e9), load());
            System.out.printf("  KPI API applications this year: %s%n", kpiApplications());
        }
    }

    /** A matching round: per 14 applicants, 5 rejected; 3 offered, accepted and placed; sent as fast as it goes. */
    private void produceRound(KafkaProducer<String, String> producer, int burst) {
        int sent = 0;
        for (int i = 0; sent < burst; i++) {
            Applicant applicant = Applicant.of(i);
            if (i % 14 < 5) {
                sent += send(producer, events.moved(applicant, "SUBMITTED", "REJECTED", 2));
                continue;
            }
            sent += send(producer, events.moved(applicant, "SUBMITTED", "OFFERED", 2));
            if (sent < burst) {
                sent += send(producer, events.moved(applicant, "OFFERED", "ACCEPTED", 3));
            }
            if (sent < burst) {
                sent += send(producer, events.placed(applicant));
            }
        }
        producer.flush();
    }

    private static int send(KafkaProducer<String, String> producer, ProducerRecord<String, String> record) {
        producer.send(record);
        return 1;
    }

    private void startService() {
        service.start();
        Duration startup = service.awaitReady(READY);
        System.out.printf("reporting-service ready in %d ms%n", startup.toMillis());
    }

    private void awaitApplied(Connection db, Instant since, long count, Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        while (applied(db, since) < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(
                        "only " + applied(db, since) + " of " + count + " applied; see " + service.logFile());
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    /** The poller's last look may come a few milliseconds after the last commit. */
    private static void awaitSeen(VisibilityPoller poller, int total) {
        Instant deadline = Instant.now().plusSeconds(10);
        while (poller.seen() < total && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
    }

    private static long applied(Connection db, Instant since) throws Exception {
        try (PreparedStatement query = db.prepareStatement(APPLIED)) {
            query.setString(1, PlacementEventTypes.SOURCE);
            query.setTimestamp(2, Timestamp.from(since));
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void printPercentiles(String label, double[] lags) {
        Arrays.sort(lags);
        System.out.printf(
                "%s: p50 %.1f ms, p99 %.1f ms, max %.1f ms over %d events%n",
                label,
                lags[(int) (lags.length * 0.5)],
                lags[(int) (lags.length * 0.99)],
                lags[lags.length - 1],
                lags.length);
    }

    private static void printInboxLag(Connection db, Instant since) throws Exception {
        try (PreparedStatement query = db.prepareStatement(INBOX_LAG)) {
            query.setString(1, PlacementEventTypes.SOURCE);
            query.setTimestamp(2, Timestamp.from(since));
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                System.out.printf(
                        "  inbox row stamped (processed_at, before commit): p50 %.1f ms, p99 %.1f ms, max %.1f ms"
                                + " over %d events%n",
                        rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getLong(4));
            }
        }
    }

    /** The national total of applications this year, as the State reads it. */
    private String kpiApplications() throws Exception {
        String token =
                new DevTokens(keys, DevTokens.DEFAULT_ISSUER).mint("bench", "state", "MOST", Duration.ofHours(1));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(service.baseUrl() + "/api/v1/kpis/placements?period=year"))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .build();
        String body = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString())
                .body();
        var matcher = java.util.regex.Pattern.compile("\"applications\"\\s*:\\s*(\\d+)")
                .matcher(body);
        return matcher.find() ? matcher.group(1) : body;
    }

    private KafkaProducer<String, String> producer(int lingerMillis) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        config.put(ProducerConfig.LINGER_MS_CONFIG, lingerMillis);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private Map<String, String> environment(int port) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", databases.jdbcUrl(database));
        env.put("QUARKUS_DATASOURCE_USERNAME", databases.user());
        if (!databases.password().isEmpty()) {
            env.put("QUARKUS_DATASOURCE_PASSWORD", databases.password());
        }
        env.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyLocation());
        env.put("MP_JWT_VERIFY_ISSUER", DevTokens.DEFAULT_ISSUER);
        return env;
    }

    private static String load() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    private static void deleteRecursively(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }
}
