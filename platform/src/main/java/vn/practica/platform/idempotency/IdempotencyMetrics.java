package vn.practica.platform.idempotency;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What Idempotency-Key requests turned into: replays of a stored response, and refusals because the key was
 * in flight or reused for another request. Names in docs/operations.md; registered at startup so they read 0.
 */
@Startup
@ApplicationScoped
public class IdempotencyMetrics {
    private final Counter replays;
    private final Counter inFlight;
    private final Counter reused;

    IdempotencyMetrics(MeterRegistry registry) {
        replays = Counter.builder("practica.idempotency.replays")
                .description("Requests answered with the stored response of their Idempotency-Key")
                .register(registry);
        inFlight = refusals(registry, "in-flight");
        reused = refusals(registry, "reused");
    }

    private static Counter refusals(MeterRegistry registry, String reason) {
        return Counter.builder("practica.idempotency.refusals")
                .description("Requests refused because their Idempotency-Key was in flight or used for another request")
                .tag("reason", reason)
                .register(registry);
    }

    void replayed() {
        replays.increment();
    }

    void refusedInFlight() {
        inFlight.increment();
    }

    void refusedReused() {
        reused.increment();
    }
}
