package vn.practica.platform.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Deletes expired idempotency keys on a daemon thread of each instance, as the outbox relay cleans up. Several
 * instances may purge at once: each statement deletes a bounded batch of expired rows, which is safe to repeat.
 */
@ApplicationScoped
public class IdempotencyPurge {
    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);

    private final IdempotencyStore store;
    private final IdempotencyConfig config;
    private volatile boolean running;
    private Thread worker;

    IdempotencyPurge(IdempotencyStore store, IdempotencyConfig config) {
        this.store = store;
        this.config = config;
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        worker = new Thread(this::run, "idempotency-purge");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        if (worker != null) {
            worker.interrupt();
            worker.join(Duration.ofSeconds(10).toMillis());
        }
    }

    /** Deletes every expired key now, batch by batch, each in its own short transaction; returns how many. */
    public int purgeExpired() {
        int total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> store.deleteExpired(config.purgeBatchSize()));
            total += deleted;
        } while (deleted == config.purgeBatchSize());
        return total;
    }

    private void run() {
        while (running) {
            try {
                Thread.sleep(config.purgeInterval().toMillis());
                int deleted = purgeExpired();
                if (deleted > 0) {
                    LOG.debugf("Deleted %d expired idempotency keys", deleted);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database may be down for a while; the next round tries again.
                LOG.warnf("Idempotency key purge failed: %s", e.getMessage());
            }
        }
    }
}
