package vn.practica.platform.health;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import vn.practica.platform.kafka.KafkaConnection;

/**
 * Ready only while the Kafka cluster answers. Replaces Quarkus' Kafka check, which lists the broker addresses
 * to anyone who asks {@code /q/health/ready}; this one says how many brokers answered, nothing an attacker
 * could use.
 */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {
    private static final int TIMEOUT_MS = 3_000;

    private final Map<String, Object> kafkaConfig;
    private Admin admin;

    BrokerReadiness(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.kafkaConfig = kafkaConfig;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            int brokers = admin().describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS))
                    .nodes()
                    .get(TIMEOUT_MS, TimeUnit.MILLISECONDS)
                    .size();
            return HealthCheckResponse.named("kafka")
                    .status(brokers > 0)
                    .withData("brokers", brokers)
                    .build();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return HealthCheckResponse.named("kafka").down().build();
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Map<String, Object> config = KafkaConnection.of(kafkaConfig);
            config.put(AdminClientConfig.CLIENT_ID_CONFIG, "readiness");
            config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
            config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
            admin = Admin.create(config);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(2));
        }
    }
}
