package vn.practica.platform.ratelimit;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Deletes refilled buckets on a daemon thread of each instance, as idempotency keys are purged, so the table
 * holds only callers active within about one period. Several instances may purge at once: each statement
 * deletes a bounded batch, which is safe to repeat.
 */
@ApplicationScoped
public class RateLimitPurge {
    private static final Logger LOG = Logger.getLogger(RateLimitPurge.class);

    private final RateLimitStore store;
    private final RateLimitConfig config;
    private volatile boolean running;
    private Thread worker;

    RateLimitPurge(RateLimitStore store, RateLimitConfig config) {
        this.store = store;
        this.config = config;
    }

    void start(@Observes StartupEvent startup) {
        if (!config.enabled()) {
            return;
        }
        running = true;
        worker = new Thread(this::run, "rate-limit-purge");
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

    /** Deletes every refilled bucket now, batch by batch, each statement on its own; returns how many. */
    public int purgeRefilled() throws SQLException {
        int total = 0;
        int deleted;
        do {
            deleted = store.deleteRefilled(config.purgeBatchSize());
            total += deleted;
        } while (deleted == config.purgeBatchSize());
        return total;
    }

    private void run() {
        while (running) {
            try {
                Thread.sleep(config.purgeInterval().toMillis());
                int deleted = purgeRefilled();
                if (deleted > 0) {
                    LOG.debugf("Deleted %d refilled rate-limit buckets", deleted);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException | RuntimeException e) {
                // The database may be down for a while; the next round tries again.
                LOG.warnf("Rate-limit bucket purge failed: %s", e.getMessage());
            }
        }
    }
}
