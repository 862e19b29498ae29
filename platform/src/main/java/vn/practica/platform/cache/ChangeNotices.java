package vn.practica.platform.cache;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.logging.Logger;
import vn.practica.platform.notify.DatabaseAddress;
import vn.practica.platform.notify.ListenConnection;

/**
 * Receives the change notices of shared tables (the trigger {@code practica_notify_change} sends the table's
 * name on {@code practica_changes} at every commit that changed it) and drops the caches of that table. One
 * LISTEN connection per instance, on a thread of its own; when it breaks, the caches hold nothing until it is
 * back, since notices sent meanwhile are lost.
 */
@ApplicationScoped
public class ChangeNotices {
    private static final Logger LOG = Logger.getLogger(ChangeNotices.class);
    static final String CHANNEL = "practica_changes";

    private final SharedCacheConfig config;
    private final ListenConnection listener;
    private final List<SharedCache<?, ?>> caches = new CopyOnWriteArrayList<>();
    private final TransactionSynchronizationRegistry transactions;
    private volatile boolean running;
    private volatile boolean listening;
    private Thread worker;

    ChangeNotices(SharedCacheConfig config, DatabaseAddress database, TransactionSynchronizationRegistry transactions) {
        this.config = config;
        this.listener = new ListenConnection(database, CHANNEL);
        this.transactions = transactions;
    }

    /** A cache of rows of {@code table}, holding at most {@code maxEntries} keys. */
    public <K, V> SharedCache<K, V> cache(String table, int maxEntries) {
        SharedCache<K, V> cache =
                new SharedCache<>(table, maxEntries, config.maxAge().toNanos(), System::nanoTime);
        caches.add(cache);
        cache.trust(listening);
        return cache;
    }

    void start(@Observes StartupEvent startup) {
        if (!config.enabled()) {
            LOG.info("Shared caches off: every read goes to the database");
            return;
        }
        running = true;
        worker = new Thread(this::run, "change-notices");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        if (worker != null) {
            listener.close();
            worker.interrupt();
            worker.join(Duration.ofSeconds(10).toMillis());
        }
    }

    private void run() {
        while (running) {
            try {
                if (listener.ensureOpen()) {
                    setListening(true);
                }
                listener.await(config.pollInterval().toMillis()).payloads().forEach(this::changed);
            } catch (SQLException e) {
                if (listening) {
                    LOG.warnf("Shared caches hold nothing until change notices are received again: %s", e.getMessage());
                }
                setListening(false);
                listener.close();
                pause();
            }
        }
    }

    /**
     * Drops this instance's caches of {@code table} as soon as the current transaction commits, rather than when
     * its notice comes back through the database: a read right after the write sees it.
     */
    public void changedOnCommit(String table) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    changed(table);
                }
            }
        });
    }

    /** Drops the caches of {@code table}. */
    void changed(String table) {
        for (SharedCache<?, ?> cache : caches) {
            if (cache.table().equals(table)) {
                cache.invalidate();
            }
        }
    }

    private void setListening(boolean now) {
        listening = now;
        caches.forEach(cache -> cache.trust(now));
    }

    private void pause() {
        try {
            Thread.sleep(config.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
