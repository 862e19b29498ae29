package vn.practica.platform.outbox;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * A dedicated PostgreSQL connection that LISTENs on the outbox channel, so the relay sleeps until a
 * commit notifies it. Falls back to plain waiting while the database is unreachable.
 */
@jakarta.enterprise.context.ApplicationScoped
class OutboxWakeups {
    private static final Logger LOG = Logger.getLogger(OutboxWakeups.class);
    private static final String CHANNEL = "practica_outbox";

    private final String url;
    private final String user;
    private final String password;
    private Connection connection;

    OutboxWakeups(
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.url = url;
        this.user = user.orElse(null);
        this.password = password.orElse(null);
    }

    /** Blocks until a commit adds outbox rows or {@code timeout} passes. */
    void await(Duration timeout) throws InterruptedException {
        try {
            PGConnection listener = listener();
            listener.getNotifications((int) Math.max(1, timeout.toMillis()));
        } catch (SQLException e) {
            LOG.debugf("Outbox LISTEN connection lost: %s", e.getMessage());
            close();
            Thread.sleep(timeout.toMillis());
        }
    }

    synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing outbox LISTEN connection", e);
            }
            connection = null;
        }
    }

    private synchronized PGConnection listener() throws SQLException {
        if (connection == null || connection.isClosed()) {
            Connection opened = DriverManager.getConnection(url, user, password);
            try (Statement listen = opened.createStatement()) {
                listen.execute("LISTEN " + CHANNEL);
            }
            connection = opened;
        }
        return connection.unwrap(PGConnection.class);
    }
}
