package vn.practica.platform.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.jboss.logging.Logger;

/**
 * Tells a missing topic from an unreachable broker, and remembers since when each topic has been missing.
 * A topic created a little after the service starts (a deploy job running late) only delays its events; a
 * topic still missing after the grace period is a mistake no retry fixes, so its events are parked.
 */
final class MissingTopics implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(MissingTopics.class);

    private final Map<String, Object> connection;
    private final Duration timeout;
    private final Duration grace;
    private final Map<String, Instant> missingSince = new ConcurrentHashMap<>();
    private Admin admin;

    MissingTopics(Map<String, Object> connection, Duration timeout, Duration grace) {
        this.connection = connection;
        this.timeout = timeout;
        this.grace = grace;
    }

    /** True when the broker answers that {@code topic} does not exist and has answered so for the grace period. */
    boolean missingPastGrace(String topic) {
        Boolean exists = exists(topic);
        if (exists == null) {
            return false;
        }
        if (exists) {
            missingSince.remove(topic);
            return false;
        }
        Instant since = missingSince.computeIfAbsent(topic, t -> {
            LOG.errorf("Topic %s does not exist; its events wait %s for it, then are parked", t, grace);
            return Instant.now();
        });
        return !Instant.now().isBefore(since.plus(grace));
    }

    void present(String topic) {
        missingSince.remove(topic);
    }

    String reason(String topic) {
        return "topic " + topic + " does not exist (missing since " + missingSince.get(topic) + ")";
    }

    /** Whether the topic exists, or null when the broker did not answer. */
    private Boolean exists(String topic) {
        try {
            admin().describeTopics(List.of(topic)).allTopicNames().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException e) {
            return e.getCause() instanceof UnknownTopicOrPartitionException ? false : null;
        } catch (java.util.concurrent.TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            int millis = (int) timeout.toMillis();
            Map<String, Object> config = new HashMap<>(connection);
            config.put(AdminClientConfig.CLIENT_ID_CONFIG, "outbox-relay-topics");
            config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
            config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
            admin = Admin.create(config);
        }
        return admin;
    }

    @Override
    public synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
            admin = null;
        }
    }
}
