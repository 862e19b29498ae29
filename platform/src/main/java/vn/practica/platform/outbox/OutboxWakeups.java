package vn.practica.platform.outbox;

import java.sql.SQLException;
import java.time.Duration;
import org.jboss.logging.Logger;
import vn.practica.platform.notify.DatabaseAddress;
import vn.practica.platform.notify.ListenConnection;

/**
 * A dedicated PostgreSQL connection that LISTENs on the outbox channel, so the relay sleeps until a
 * commit notifies it. Falls back to plain waiting while the database is unreachable.
 */
@jakarta.enterprise.context.ApplicationScoped
class OutboxWakeups {
    private static final Logger LOG = Logger.getLogger(OutboxWakeups.class);

    private final ListenConnection listener;

    OutboxWakeups(DatabaseAddress database) {
        this.listener = new ListenConnection(database, "practica_outbox");
    }

    /** Blocks until a commit adds outbox rows or {@code timeout} passes. */
    void await(Duration timeout) throws InterruptedException {
        try {
            listener.await(timeout.toMillis());
        } catch (SQLException e) {
            LOG.debugf("Outbox LISTEN connection lost: %s", e.getMessage());
            listener.close();
            Thread.sleep(timeout.toMillis());
        }
    }

    void close() {
        listener.close();
    }
}
