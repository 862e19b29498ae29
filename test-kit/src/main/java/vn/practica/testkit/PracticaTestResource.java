package vn.practica.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import vn.practica.devkit.Databases;
import vn.practica.devkit.KafkaBroker;
import vn.practica.events.Topics;

/**
 * Real infrastructure for a service's {@code @QuarkusTest}s: one KRaft broker per test JVM (data under
 * {@code target/}), the service's test database on the machine's PostgreSQL, and the test key pair.
 * Init arg {@code database} names the database; env {@code PRACTICA_TEST_DB_SUFFIX} is appended to it, so two
 * checkouts can run their suites at the same time without sharing (and cleaning) one database.
 */
public class PracticaTestResource implements QuarkusTestResourceLifecycleManager {
    private static KafkaBroker broker;

    private String database = "practica_test";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database)
                + System.getenv().getOrDefault("PRACTICA_TEST_DB_SUFFIX", "");
    }

    @Override
    public Map<String, String> start() {
        Databases databases = Databases.fromEnvironment();
        try {
            databases.ensureExists(database);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL is not reachable at " + databases.jdbcUrl(database)
                            + "; start it or set PRACTICA_DB_HOST/PORT/USER/PASSWORD",
                    e);
        }
        KafkaBroker kafka = broker();
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("quarkus.datasource.jdbc.url", databases.jdbcUrl(database));
        config.put("quarkus.datasource.username", databases.user());
        if (!databases.password().isEmpty()) {
            config.put("quarkus.datasource.password", databases.password());
        }
        config.put("mp.jwt.verify.publickey.location", TestTokens.keys().publicKeyLocation());
        config.put("mp.jwt.verify.issuer", TestTokens.ISSUER);
        return config;
    }

    @Override
    public void stop() {
        // The broker lives for the whole test JVM; Quarkus may restart between test classes.
    }

    /** The broker of this test JVM, started on first use. */
    public static synchronized KafkaBroker broker() {
        if (broker == null) {
            Path dir = Path.of("target", "kafka-" + UUID.randomUUID());
            broker = KafkaBroker.inDirectory(dir, 0).start();
            broker.createTopics(Topics.all());
            Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "test-kafka-stop"));
        }
        return broker;
    }
}
