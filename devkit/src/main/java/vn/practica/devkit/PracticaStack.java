package vn.practica.devkit;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.practica.events.Topics;

/**
 * The whole suite on one machine: a KRaft broker in this JVM, the three services as separate processes,
 * their databases on the configured PostgreSQL, and a dev key pair. Used by the local launcher and the
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
     */
    public record Options(
            Path repoRoot,
            Path stateDir,
            int kafkaPort,
            Map<String, Integer> ports,
            String databaseSuffix,
            Map<String, String> settings) {
        public Options(Path repoRoot, Path stateDir, int kafkaPort, Map<String, Integer> ports, String databaseSuffix) {
            this(repoRoot, stateDir, kafkaPort, ports, databaseSuffix, Map.of());
        }
    }

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final String[] SERVICES = {"catalog", "placement", "reporting"};

    private final Options options;
    private final Databases databases;
    private final DevKeys keys;
    private final KafkaBroker broker;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private final Map<String, Duration> startupTimes = new LinkedHashMap<>();

    public PracticaStack(Options options, Databases databases) {
        this.options = options;
        this.databases = databases;
        this.keys = DevKeys.inDirectory(options.stateDir().resolve("keys"));
        this.broker = KafkaBroker.inDirectory(options.stateDir().resolve("kafka"), options.kafkaPort());
    }

    /** Checks PostgreSQL, creates missing databases, starts broker and services, waits for readiness. */
    public PracticaStack start() throws SQLException {
        for (String service : SERVICES) {
            databases.ensureExists(databaseOf(service));
        }
        broker.start();
        broker.createTopics(Topics.all());
        for (String service : SERVICES) {
            ServiceProcess process = newProcess(service);
            services.put(service, process);
            process.start();
        }
        awaitServicesReady();
        return this;
    }

    /**
     * Watches all services together, so one that dies is reported at once (with its exit code), not only
     * after the ones before it became ready.
     */
    private void awaitServicesReady() {
        List<ServiceProcess> starting = new ArrayList<>(services.values());
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (!starting.isEmpty()) {
            for (Iterator<ServiceProcess> it = starting.iterator(); it.hasNext(); ) {
                ServiceProcess process = it.next();
                Optional<Duration> startup = process.checkReady();
                if (startup.isPresent()) {
                    startupTimes.put(process.name(), startup.get());
                    it.remove();
                }
            }
            if (!starting.isEmpty() && Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(starting.get(0).name() + " not ready within " + READY_TIMEOUT + "; see "
                        + starting.get(0).logFile());
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(ServiceProcess.POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the services", e);
        }
    }

    public ServiceProcess service(String name) {
        return services.get(name);
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

    /** Time from process launch to ready, per service, as measured by {@link #start()}. */
    public Map<String, Duration> startupTimes() {
        return Map.copyOf(startupTimes);
    }

    public DevTokens tokens() {
        return new DevTokens(keys, DevTokens.DEFAULT_ISSUER);
    }

    @Override
    public void close() {
        services.values().forEach(ServiceProcess::stop);
        broker.stop();
    }

    private ServiceProcess newProcess(String service) {
        String module = service + "-service";
        Path jar = options.repoRoot().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        int port = FreePorts.orFree(options.ports().getOrDefault(service, 0));
        Path log = options.stateDir().resolve("logs").resolve(module + ".log");
        return new ServiceProcess(module, jar, port, environment(service, port), log);
    }

    private Map<String, String> environment(String service, int port) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", databases.jdbcUrl(databaseOf(service)));
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
