package vn.practica.platform.notify;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * A PostgreSQL connection of its own that LISTENs on one channel. Not pooled: a pooled connection would lose its
 * LISTEN when handed to someone else. Reopened on the next wait after it broke; the caller learns of each
 * (re)opening, since notifications sent while it was closed are lost.
 */
public final class ListenConnection {
    private static final Logger LOG = Logger.getLogger(ListenConnection.class);

    private final DatabaseAddress database;
    private final String channel;
    private Connection connection;

    public ListenConnection(DatabaseAddress database, String channel) {
        if (!channel.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a plain channel name: " + channel);
        }
        this.database = database;
        this.channel = channel;
    }

    /** What one wait brought: the payloads notified, and whether the connection is new (earlier ones missed). */
    public record Wake(boolean reopened, List<String> payloads) {}

    /** Opens the connection and LISTENs unless it is open; true when it was (re)opened now. */
    public boolean ensureOpen() throws SQLException {
        return open();
    }

    /** Blocks until a notification on the channel arrives or {@code timeoutMillis} passes. */
    public Wake await(long timeoutMillis) throws SQLException {
        boolean reopened = open();
        PGNotification[] notifications = connection.unwrap(PGConnection.class).getNotifications((int)
                Math.max(1, Math.min(Integer.MAX_VALUE, timeoutMillis)));
        List<String> payloads = new ArrayList<>();
        if (notifications != null) {
            for (PGNotification notification : notifications) {
                payloads.add(notification.getParameter());
            }
        }
        return new Wake(reopened, payloads);
    }

    public synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debugf("Closing the LISTEN connection of %s: %s", channel, e.getMessage());
            }
            connection = null;
        }
    }

    private synchronized boolean open() throws SQLException {
        if (connection != null && !connection.isClosed()) {
            return false;
        }
        Connection opened = DriverManager.getConnection(database.url(), database.user(), database.password());
        try (Statement listen = opened.createStatement()) {
            listen.execute("LISTEN " + channel);
        } catch (SQLException e) {
            opened.close();
            throw e;
        }
        connection = opened;
        return true;
    }
}
