package vn.practica.platform.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.practica.platform.housekeeping.PurgeLoop;

/**
 * Deletes expired idempotency keys on a daemon thread of each instance, as the outbox relay cleans up. Several
 * instances may purge at once: each statement deletes a bounded batch of expired rows, which is safe to repeat.
 */
@ApplicationScoped
public class IdempotencyPurge {
    private final IdempotencyStore store;
    private final IdempotencyConfig config;
    private PurgeLoop loop;

    IdempotencyPurge(IdempotencyStore store, IdempotencyConfig config) {
        this.store = store;
        this.config = config;
    }

    void start(@Observes StartupEvent startup) {
        loop = PurgeLoop.start(
                "idempotency-purge", "expired idempotency keys", config.purgeInterval(), this::purgeExpired);
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        if (loop != null) {
            loop.stop();
        }
    }

    /** Deletes every expired key now, batch by batch, each in its own short transaction; returns how many. */
    public int purgeExpired() throws Exception {
        return PurgeLoop.drain(
                config.purgeBatchSize(),
                size -> QuarkusTransaction.requiringNew().call(() -> store.deleteExpired(size)));
    }
}
