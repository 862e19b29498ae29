package vn.practica.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The outbox backlog as last measured: pending rows, the age of the first pending row and parked rows. A
 * background thread measures it every {@code practica.outbox.metrics.refresh-interval} on the partial
 * indexes (pending, parked), so scrapes read memory and a scrape storm costs the database nothing.
 */
@ApplicationScoped
class OutboxBacklog {
    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);

    /**
     * Pending rows are counted up to this many: past it the backlog reads as this number. Counting visits every
     * entry of the pending index, including a large transaction's uncommitted ones: during a matching round's run
     * each refresh cost seconds of database time uncapped, and half a second capped at 100,000, every five seconds
     * while the run and the relay needed it. The age of the oldest pending row, one index probe, keeps measuring
     * how far behind the relay is.
     */
    static final int PENDING_COUNT_CAP = 10_000;

    /**
     * Pending rows and their oldest from the pending index (the oldest is the first by seq); parked rows from
     * {@code outbox_parked}, which holds only them.
     */
    static final String MEASURE = "select"
            + " (select count(*) from (select 1 from outbox_event where sent_at is null and parked_at is null limit "
            + PENDING_COUNT_CAP + ") pending),"
            + " coalesce((select extract(epoch from clock_timestamp() - occurred_at) from outbox_event"
            + " where sent_at is null and parked_at is null order by seq limit 1), 0),"
            + " (select count(*) from outbox_parked)";

    private final AgroalDataSource dataSource;
    private final OutboxConfig config;
    private volatile Snapshot current = new Snapshot(0, 0, 0);
    private ScheduledExecutorService refresher;

    OutboxBacklog(AgroalDataSource dataSource, OutboxConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    void start(@Observes StartupEvent startup) {
        if (!config.relay().enabled()) {
            // Debezium never sets sent_at: every row would count as pending, and counting them costs more each day
            return;
        }
        long every = Math.max(1, config.metrics().refreshInterval().toMillis());
        refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-backlog");
            thread.setDaemon(true);
            return thread;
        });
        refresher.scheduleWithFixedDelay(this::refreshQuietly, 0, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }

    Snapshot current() {
        return current;
    }

    /** Measures the backlog now; tests call it so they need not wait for the next refresh. */
    Snapshot refresh() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(MEASURE)) {
            row.next();
            current = new Snapshot(row.getLong(1), row.getDouble(2), row.getLong(3));
            return current;
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (SQLException | RuntimeException e) {
            // The last values stay; readiness already reports an unreachable database.
            LOG.debugf("Could not measure the outbox backlog: %s", e.getMessage());
        }
    }

    /** One measurement; the gauges read it. */
    record Snapshot(long pending, double oldestPendingAgeSeconds, long parked) {}
}
