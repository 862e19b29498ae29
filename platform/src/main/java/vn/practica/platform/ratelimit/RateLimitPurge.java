package vn.practica.platform.ratelimit;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.practica.platform.housekeeping.PurgeLoop;

/**
 * Deletes refilled buckets on a daemon thread of each instance, as idempotency keys are purged, so the table
 * holds only callers active within about one period. Several instances may purge at once: each statement
 * deletes a bounded batch, which is safe to repeat.
 */
@ApplicationScoped
public class RateLimitPurge {
    private final RateLimitStore store;
    private final RateLimitConfig config;
    private PurgeLoop loop;

    RateLimitPurge(RateLimitStore store, RateLimitConfig config) {
        this.store = store;
        this.config = config;
    }

    void start(@Observes StartupEvent startup) {
        if (config.enabled()) {
            loop = PurgeLoop.start(
                    "rate-limit-purge", "refilled rate-limit buckets", config.purgeInterval(), this::purgeRefilled);
        }
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        if (loop != null) {
            loop.stop();
        }
    }

    /** Deletes every refilled bucket now, batch by batch, each statement on its own; returns how many. */
    public int purgeRefilled() throws Exception {
        return PurgeLoop.drain(config.purgeBatchSize(), store::deleteRefilled);
    }
}
