package vn.practica.platform.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaConnectionTest {
    @Test
    void takesTheServersAndEveryLoginSettingAndNothingOfOtherClients() {
        Map<String, Object> broker = Map.of(
                "bootstrap.servers", "kafka:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "ssl.truststore.location", "/etc/kafka/ca.p12",
                "group.id", "reporting-service",
                "value.deserializer", "org.apache.kafka.common.serialization.StringDeserializer",
                "max.poll.records", "5000");

        assertEquals(
                Map.of(
                        "bootstrap.servers", "kafka:9093",
                        "security.protocol", "SASL_SSL",
                        "sasl.mechanism", "SCRAM-SHA-512",
                        "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                        "ssl.truststore.location", "/etc/kafka/ca.p12"),
                KafkaConnection.of(broker));
    }

    @Test
    void aPlainBrokerNeedsOnlyItsServers() {
        assertEquals(
                Map.of("bootstrap.servers", "localhost:9092"),
                KafkaConnection.of(Map.of("bootstrap.servers", "localhost:9092", "acks", "all")));
    }
}
