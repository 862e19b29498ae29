package vn.practica.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Outbox and relay settings, {@code practica.outbox.*}. */
@ConfigMapping(prefix = "practica.outbox")
public interface OutboxConfig {

    /** CloudEvents {@code ce_source} of every event this service emits. */
    String source();

    Relay relay();

    Metrics metrics();

    /** The backlog gauges of {@link OutboxMetrics}. */
    interface Metrics {
        /** How often the backlog is measured; scrapes in between read the last measurement. */
        @WithDefault("5s")
        Duration refreshInterval();
    }

    interface Relay {
        /** Off when Debezium + Kafka Connect relays the outbox table instead. */
        @WithDefault("true")
        boolean enabled();

        /** Most rows published in one transaction. */
        @WithDefault("500")
        int batchSize();

        /** Safety net poll; commits normally wake the relay at once through LISTEN/NOTIFY. */
        @WithDefault("1s")
        Duration pollInterval();

        /** Longest wait between attempts while Kafka or the database is unreachable. */
        @WithDefault("5s")
        Duration maxBackoff();

        /**
         * How long one send may wait for Kafka's acknowledgement ({@code delivery.timeout.ms}); half of it bounds
         * each request and each wait for topic metadata. Bounds a round while Kafka is down.
         */
        @WithDefault("10s")
        Duration sendTimeout();

        /**
         * How long a topic may be missing on a reachable broker before its events are parked rather than waited
         * for: long enough for a deploy job that creates topics after the service started.
         */
        @WithDefault("2m")
        Duration missingTopicGrace();

        /** How long published rows stay for audit and replay before they are deleted. */
        @WithDefault("7d")
        Duration retention();
    }
}
