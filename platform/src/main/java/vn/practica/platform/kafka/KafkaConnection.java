package vn.practica.platform.kafka;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How to reach and log in to the broker, taken from the {@code kafka.*} configuration (Quarkus's {@code
 * default-kafka-broker} map) for the clients a service builds itself (the outbox relay's producer, its topic
 * check, the readiness check, a replay): the bootstrap servers and every {@code security.*}, {@code sasl.*} and
 * {@code ssl.*} entry, so that on a secured cluster (Strimzi TLS + SCRAM, docs/kubernetes.md) they log in as the
 * messaging channels do.
 */
public final class KafkaConnection {
    private static final List<String> PREFIXES = List.of("security.", "sasl.", "ssl.");

    private KafkaConnection() {}

    /** A new, modifiable map of the connection's entries; the caller adds its client's own settings. */
    public static Map<String, Object> of(Map<String, Object> brokerConfig) {
        Map<String, Object> connection = new HashMap<>();
        connection.put("bootstrap.servers", brokerConfig.get("bootstrap.servers"));
        brokerConfig.forEach((key, value) -> {
            if (PREFIXES.stream().anyMatch(key::startsWith)) {
                connection.put(key, value);
            }
        });
        return connection;
    }
}
