package vn.practica.platform.housekeeping;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.jboss.logging.Logger;

/**
 * A daemon thread of one instance that runs a purge every interval, for tables that only ever need old rows
 * removed (expired idempotency keys, refilled rate-limit buckets). A failed round is logged and the next one
 * tries again: the database may be down for a while, and nothing waits on a purge.
 */
public final class PurgeLoop {
    private static final Logger LOG = Logger.getLogger(PurgeLoop.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    /** One bounded delete: removes at most {@code size} rows and says how many it removed. */
    @FunctionalInterface
    public interface Batch {
        int deleteUpTo(int size) throws Exception;
    }

    private final String what;
    private final Duration interval;
    private final Callable<Integer> purge;
    private volatile boolean running = true;
    private final Thread worker;

    private PurgeLoop(String name, String what, Duration interval, Callable<Integer> purge) {
        this.what = what;
        this.interval = interval;
        this.purge = purge;
        this.worker = new Thread(this::run, name);
        worker.setDaemon(true);
    }

    /** Starts a thread {@code name} that calls {@code purge} every {@code interval}; {@code what} names the rows. */
    public static PurgeLoop start(String name, String what, Duration interval, Callable<Integer> purge) {
        PurgeLoop loop = new PurgeLoop(name, what, interval, purge);
        loop.worker.start();
        return loop;
    }

    /**
     * Runs {@code batch} until one comes back short, each batch its own statement or transaction, so several
     * instances purging at once only share the work; returns how many rows went.
     */
    public static int drain(int batchSize, Batch batch) throws Exception {
        int total = 0;
        int deleted;
        do {
            deleted = batch.deleteUpTo(batchSize);
            total += deleted;
        } while (deleted == batchSize);
        return total;
    }

    /** Stops the thread, waiting a little for a round in progress. */
    public void stop() throws InterruptedException {
        running = false;
        worker.interrupt();
        worker.join(STOP_WAIT.toMillis());
    }

    private void run() {
        while (running) {
            try {
                Thread.sleep(interval.toMillis());
                int deleted = purge.call();
                if (deleted > 0) {
                    LOG.debugf("Deleted %d %s", deleted, what);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.warnf("Purge of %s failed, trying again in %s: %s", what, interval, e.getMessage());
            }
        }
    }
}
