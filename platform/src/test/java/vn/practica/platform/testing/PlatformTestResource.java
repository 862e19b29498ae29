package vn.practica.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import vn.practica.devkit.DevKeys;
import vn.practica.devkit.DevTokens;

/**
 * A clean test database with the platform's migrations, the test JVM's Kafka broker with the topic the test
 * app's connector channel reads, and the key pair whose tokens ({@link #token}) the test app trusts.
 */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {
    /** The topic of the test app's one connector channel, {@code traced-events} (application.properties). */
    public static final String CONNECTOR_TOPIC = "practica.test.traced-events";

    private static final DevKeys KEYS = DevKeys.inDirectory(Path.of("target", "test-keys"));

    @Override
    public Map<String, String> start() {
        TestDatabase.recreateSchema();
        TestKafka.ensureTopic(CONNECTOR_TOPIC);
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", TestKafka.broker().bootstrapServers());
        config.put("quarkus.datasource.jdbc.url", TestDatabase.jdbcUrl());
        config.put("quarkus.datasource.username", TestDatabase.DATABASES.user());
        config.put("mp.jwt.verify.publickey.location", KEYS.publicKeyLocation());
        config.put("mp.jwt.verify.issuer", DevTokens.DEFAULT_ISSUER);
        if (!TestDatabase.DATABASES.password().isEmpty()) {
            config.put("quarkus.datasource.password", TestDatabase.DATABASES.password());
        }
        return config;
    }

    /** A bearer token of a user of organization {@code org} in {@code role}, valid for an hour. */
    public static String token(String role, String org) {
        return new DevTokens(KEYS, DevTokens.DEFAULT_ISSUER).mint("user-" + role, role, org, Duration.ofHours(1));
    }

    @Override
    public void stop() {
        // The broker lives as long as the test JVM; a shutdown hook stops it.
    }
}
