package vn.practica.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;
import vn.practica.devkit.DevTokens;

/**
 * A clean test database with the platform's migrations, the test JVM's Kafka broker with the topic the test
 * app's connector channel reads, and the key pair whose tokens ({@link TestTokens}) the test app trusts.
 */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {
    /** The topic of the test app's one connector channel, {@code traced-events} (application.properties). */
    public static final String CONNECTOR_TOPIC = "practica.test.traced-events";

    @Override
    public Map<String, String> start() {
        TestDatabase.recreateSchema();
        TestKafka.ensureTopic(CONNECTOR_TOPIC);
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", TestKafka.broker().bootstrapServers());
        config.put("quarkus.datasource.jdbc.url", TestDatabase.jdbcUrl());
        config.put("quarkus.datasource.username", TestDatabase.DATABASES.user());
        if (!TestDatabase.DATABASES.password().isEmpty()) {
            config.put("quarkus.datasource.password", TestDatabase.DATABASES.password());
        }
        config.put("mp.jwt.verify.publickey.location", TestTokens.keys().publicKeyLocation());
        config.put("mp.jwt.verify.issuer", DevTokens.DEFAULT_ISSUER);
        return config;
    }

    @Override
    public void stop() {
        // The broker lives as long as the test JVM; a shutdown hook stops it.
    }
}
