package vn.practica.platform.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What consumers did with the events they read: applied (by type), skipped as already applied, skipped as
 * malformed. Names in docs/operations.md. Created at startup so the counters read 0 before the first event.
 */
@Startup
@ApplicationScoped
public class ConsumerMetrics {
    private final MeterRegistry registry;
    private final Counter duplicates;
    private final Counter malformed;

    ConsumerMetrics(MeterRegistry registry) {
        this.registry = registry;
        duplicates = Counter.builder("practica.events.duplicates")
                .description("Events skipped because the inbox had already applied them (redeliveries)")
                .register(registry);
        malformed = Counter.builder("practica.events.malformed")
                .description("Records skipped because no retry can make them an event of their type")
                .register(registry);
    }

    /**
     * Counts an applied event. The type comes from our own event contract: only types a route accepts are
     * applied, so the tag stays a short list.
     */
    void applied(String type) {
        applied(type, 1);
    }

    /** Counts {@code count} applied events of one type, as a batch applies them. */
    void applied(String type, long count) {
        Counter.builder("practica.events.applied")
                .description("Events applied once, in the same transaction as their inbox row")
                .tag("type", type)
                .register(registry)
                .increment(count);
    }

    void duplicate() {
        duplicates.increment();
    }

    void duplicates(int count) {
        duplicates.increment(count);
    }

    void malformed() {
        malformed.increment();
    }
}
