package vn.practica.devkit;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Optional;
import vn.practica.events.Topics;

/**
 * The whole suite on one machine: a KRaft broker in this JVM, the three services as separate processes (one or
 * more instances of each, as a cluster runs them: own HTTP port, same database, same broker, same consumer
 * groups), their databases on the configured PostgreSQL, and a dev key pair. Used by the local launcher and the
 * end-to-end tests, so both run exactly the same way.
 */
public final class PracticaStack implements AutoCloseable {
    /** Service name to the port it listens on and the database it owns. */
    public record ServiceSpec(String name, int port, String database) {}

    /**
     * @param repoRoot the reactor root, where {@code <service>/target/quarkus-app} lives
     * @param stateDir broker data, keys and logs
     * @param kafkaPort 0 for a free port
     * @param databaseSuffix appended to each database name, e.g. {@code _e2e}
     * @param settings further environment variables for every service, e.g. test budgets of the rate limits
     * @param instances processes per service, 1 to {@value #MAX_INSTANCES}
     * @param partitions partitions of each topic the broker creates (topics that exist keep theirs)
     */
    public record Options(
            Path repoRoot,
            Path stateDir,
            int kafkaPort,
            Map<String, Integer> ports,
            String databaseSuffix,
            Map<String, String> settings,
            int instances,
            int partitions) {
        /** As the k8s {@code dev} overlay's topics; enough for two or three consumers of a group to share them. */
        public static final int DEFAULT_PARTITIONS = 3;

        public static final int MAX_INSTANCES = 9;
        public static final int MAX_PARTITIONS = 1000;

        public Options {
            if (instances < 1 || instances > MAX_INSTANCES) {
                throw new IllegalArgumentException("instances must be 1 to " + MAX_INSTANCES + ", not " + instances);
            }
            if (partitions < 1 || partitions > MAX_PARTITIONS) {
                throw new IllegalArgumentException("partitions must be 1 to " + MAX_PARTITIONS + ", not " + partitions);
            }
        }

        public Options(
                Path repoRoot,
                Path stateDir,
                int kafkaPort,
                Map<String, Integer> ports,
                String databaseSuffix,
                Map<String, String> settings) {
            this(repoRoot, stateDir, kafkaPort, ports, databaseSuffix, settings, 1, DEFAULT_PARTITIONS);
        }

        public Options(Path repoRoot, Path stateDir, int kafkaPort, Map<String, Integer> ports, String databaseSuffix) {
            this(repoRoot, stateDir, kafkaPort, ports, databaseSuffix, Map.of());
        }

        public Options withInstances(int count) {
            return new Options(repoRoot, stateDir, kafkaPort, ports, databaseSuffix, settings, count, partitions);
        }

        public Options withPartitions(int count) {
            return new Options(repoRoot, stateDir, kafkaPort, ports, databaseSuffix, settings, instances, count);
        }
    }

    /**
     * Instance {@code n} (from 1) of a service listens {@value #INSTANCE_PORT_STEP} × (n - 1) above the service's
     * port (8081, 8091, 8101 for catalog), so the ports stay predictable; 0 stays 0, a free port each.
     */
    public static final int INSTANCE_PORT_STEP = 10;

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final int PORT_ATTEMPTS = 3;
    private static final String[] SERVICES = {"catalog", "placement", "reporting"};

    private final Options options;
    private final Databases databases;
    private final DevKeys keys;
    private final KafkaBroker broker;
    private final Map<String, List<ServiceProcess>> services = new LinkedHashMap<>();
    private final Map<String, Duration> startupTimes = new LinkedHashMap<>();

    public PracticaStack(Options options, Databases databases) {
        this.options = options;
        this.databases = databases;
        this.keys = DevKeys.inDirectory(options.stateDir().resolve("keys"));
        this.broker =
                KafkaBroker.inDirectory(options.stateDir().resolve("kafka"), options.kafkaPort(), options.partitions());
    }

    /** The port of instance {@code instance} (from 1) of a service whose first instance listens on {@code port}. */
    public static int instancePort(int port, int instance) {
        return port == 0 ? 0 : port + INSTANCE_PORT_STEP * (instance - 1);
    }

    /**
     * Checks PostgreSQL, creates missing databases, starts broker and services, waits for readiness. With several
     * instances, the first of each service starts (and migrates its database) before the second, and so on: on
     * two cores six JVMs starting at once take longer than two waves of three. A start that fails leaves what it
     * started running for {@link #close()}, which stops it; the launcher reports each part as it stops it.
     */
    public PracticaStack start() throws SQLException {
        for (String service : SERVICES) {
            databases.ensureExists(databaseOf(service));
            services.put(service, new ArrayList<>());
        }
        broker.start();
        broker.createTopics(Topics.all());
        for (int instance = 1; instance <= options.instances(); instance++) {
            List<Launch> wave = new ArrayList<>();
            for (String service : SERVICES) {
                Launch launch = launch(service, instance, 1);
                services.get(service).add(launch.process());
                wave.add(launch);
            }
            awaitReady(wave);
        }
        return this;
    }

    /** One start of instance {@code instance} of a service; {@code attempt} counts restarts on a taken port. */
    private record Launch(String service, int instance, int attempt, ServiceProcess process) {}

    private Launch launch(String service, int instance, int attempt) {
        ServiceProcess process = newProcess(service, instance);
        process.start();
        return new Launch(service, instance, attempt, process);
    }

    /**
     * Watches a wave of services together, so one that dies is reported at once (with its exit code), not only
     * after the ones before it became ready. One that dies because its free port was taken meanwhile starts again
     * on another.
     */
    private void awaitReady(List<Launch> wave) {
        List<Launch> starting = new ArrayList<>(wave);
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (!starting.isEmpty()) {
            for (ListIterator<Launch> it = starting.listIterator(); it.hasNext(); ) {
                Launch launch = it.next();
                try {
                    Optional<Duration> startup = launch.process().checkReady();
                    if (startup.isPresent()) {
                        startupTimes.put(launch.process().name(), startup.get());
                        it.remove();
                    }
                } catch (ServiceExitedException e) {
                    it.set(relaunchOnTakenPort(launch, e));
                }
            }
            if (!starting.isEmpty() && Instant.now().isAfter(deadline)) {
                ServiceProcess late = starting.get(0).process();
                throw new IllegalStateException(
                        late.name() + " not ready within " + READY_TIMEOUT + "; see " + late.logFile());
            }
            pause();
        }
    }

    private Launch relaunchOnTakenPort(Launch failed, ServiceExitedException e) {
        boolean freePort = configuredPort(failed.service(), failed.instance()) == 0;
        if (!freePort || !e.portTaken() || failed.attempt() >= PORT_ATTEMPTS) {
            throw e;
        }
        Launch again = launch(failed.service(), failed.instance(), failed.attempt() + 1);
        List<ServiceProcess> instances = services.get(failed.service());
        instances.set(instances.indexOf(failed.process()), again.process());
        return again;
    }

    private static void pause() {
        try {
            Thread.sleep(ServiceProcess.POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the services", e);
        }
    }

    /** The first instance of a service ({@code catalog}, {@code placement} or {@code reporting}). */
    public ServiceProcess service(String name) {
        List<ServiceProcess> all = services.get(name);
        return all == null || all.isEmpty() ? null : all.get(0);
    }

    /** Every instance of a service started so far, the first first. */
    public List<ServiceProcess> instances(String name) {
        return List.copyOf(services.getOrDefault(name, List.of()));
    }

    /** Every process started so far: the first instance of each service, then the second, ... */
    public List<ServiceProcess> processes() {
        List<ServiceProcess> all = new ArrayList<>();
        for (int instance = 0; instance < options.instances(); instance++) {
            for (List<ServiceProcess> ofService : services.values()) {
                if (instance < ofService.size()) {
                    all.add(ofService.get(instance));
                }
            }
        }
        return all;
    }

    public int instanceCount() {
        return options.instances();
    }

    public KafkaBroker broker() {
        return broker;
    }

    public Databases databases() {
        return databases;
    }

    public String databaseOf(String service) {
        return "practica_" + service + options.databaseSuffix();
    }

    /** Time from process launch to ready, per process name, as measured by {@link #start()}. */
    public Map<String, Duration> startupTimes() {
        return Map.copyOf(startupTimes);
    }

    public DevTokens tokens() {
        return new DevTokens(keys, DevTokens.DEFAULT_ISSUER);
    }

    @Override
    public void close() {
        processes().forEach(ServiceProcess::stop);
        broker.stop();
    }

    /** {@code placement-service} when it runs alone, {@code placement-service-1}, {@code -2}, ... when several. */
    public String processName(String service, int instance) {
        String module = service + "-service";
        return options.instances() == 1 ? module : module + "-" + instance;
    }

    private ServiceProcess newProcess(String service, int instance) {
        String module = service + "-service";
        String name = processName(service, instance);
        Path jar = options.repoRoot().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        int port = FreePorts.orFree(configuredPort(service, instance));
        Path log = options.stateDir().resolve("logs").resolve(name + ".log");
        return new ServiceProcess(name, jar, port, environment(service, name, port), log);
    }

    /** The port instance {@code instance} of a service is configured to listen on; 0 for a free one. */
    private int configuredPort(String service, int instance) {
        return instancePort(options.ports().getOrDefault(service, 0), instance);
    }

    private Map<String, String> environment(String service, String name, int port) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        // Names the instance in pg_stat_activity, so an operator (or a test) sees which one holds a lock.
        env.put("QUARKUS_DATASOURCE_JDBC_URL", databases.jdbcUrl(databaseOf(service)) + "?ApplicationName=" + name);
        env.put("QUARKUS_DATASOURCE_USERNAME", databases.user());
        if (!databases.password().isEmpty()) {
            env.put("QUARKUS_DATASOURCE_PASSWORD", databases.password());
        }
        env.put("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyLocation());
        env.put("MP_JWT_VERIFY_ISSUER", DevTokens.DEFAULT_ISSUER);
        if ("placement".equals(service)) {
            env.put(
                    "PRACTICA_CREDENTIALS_KEY_ENCRYPTION_KEY",
                    DevCredentialKey.inDirectory(options.stateDir().resolve("keys")));
        }
        env.putAll(options.settings());
        return env;
    }
}
