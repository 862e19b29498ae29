package vn.practica.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;
import vn.practica.devkit.DevTokens;

/** A clean test database with the platform's migrations, the test JVM's Kafka broker and the test key pair. */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        TestDatabase.recreateSchema();
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
