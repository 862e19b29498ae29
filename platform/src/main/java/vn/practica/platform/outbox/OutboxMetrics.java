package vn.practica.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The relay's meters: what it published and failed to publish, and the backlog it leaves (from
 * {@link OutboxBacklog}, refreshed in the background so a scrape never queries the database). Names in
 * docs/operations.md. Created at startup so the gauges exist before the first batch.
 */
@Startup
@ApplicationScoped
public class OutboxMetrics {
    private final Counter published;
    private final Counter transientFailures;
    private final Counter parkedFailures;

    OutboxMetrics(MeterRegistry registry, OutboxBacklog backlog) {
        published = Counter.builder("practica.outbox.published")
                .description("Outbox rows Kafka acknowledged and the relay marked sent")
                .register(registry);
        transientFailures = failures(registry, "transient");
        parkedFailures = failures(registry, "parked");
        Gauge.builder("practica.outbox.pending.rows", backlog, b -> b.current().pending())
                .description("Outbox rows not yet published (including rows held behind a parked row)")
                .register(registry);
        Gauge.builder(
                        "practica.outbox.oldest.pending.age.seconds",
                        backlog,
                        b -> b.current().oldestPendingAgeSeconds())
                .description("Age of the first pending outbox row in publication order; 0 when none is pending")
                .register(registry);
        Gauge.builder("practica.outbox.parked.rows", backlog, b -> b.current().parked())
                .description("Outbox rows parked because Kafka refuses them for good; they need an operator")
                .register(registry);
    }

    private static Counter failures(MeterRegistry registry, String reason) {
        return Counter.builder("practica.outbox.publish.failures")
                .description("Rows Kafka did not take: transient (retried) or parked (refused for good)")
                .tag("reason", reason)
                .register(registry);
    }

    /** Counts what one committed batch did. */
    void recordBatch(SendReport report) {
        published.increment(report.acked().size());
        parkedFailures.increment(report.parked().size());
        if (report.stoppedAt().isPresent()) {
            transientFailures.increment();
        }
    }
}
