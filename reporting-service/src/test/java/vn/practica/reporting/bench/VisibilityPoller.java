package vn.practica.reporting.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * Watches reporting's database as the KPI API reads it: every few milliseconds it asks which placement events'
 * inbox rows are committed, and notes each new one's lag from its {@code ce_time} to the start of the query that
 * first saw it (the query's snapshot). The KPI API serves the same committed facts, so this is the moment an event
 * becomes visible there, late by at most one poll interval. Looks back {@link #MARGIN} before the previous poll
 * because {@code processed_at} is stamped at insert, a little before the batch commits; an event whose batch took
 * longer than that to commit is missed, and the count seen says so. The margin bounds the poller's own load: about
 * a quarter of a second's events per poll.
 */
final class VisibilityPoller implements AutoCloseable {
    private static final Duration INTERVAL = Duration.ofMillis(10);
    private static final Duration MARGIN = Duration.ofMillis(250);
    private static final String NEW_ROWS = "select event_id, event_time from processed_event"
            + " where source = ? and processed_at > ? and event_time >= ?";

    private final Connection connection;
    private final String source;
    private final Instant since;
    private final Map<String, Double> lagMillis = new HashMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile SQLException failure;

    VisibilityPoller(Connection connection, String source, Instant since) {
        this.connection = connection;
        this.source = source;
        this.since = since;
        this.thread = new Thread(this::run, "visibility-poller");
        thread.start();
    }

    synchronized int seen() {
        return lagMillis.size();
    }

    /** Stops polling; returns each seen event's lag in milliseconds. */
    double[] stop() throws Exception {
        running = false;
        thread.join();
        if (failure != null) {
            throw failure;
        }
        synchronized (this) {
            return lagMillis.values().stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    private void run() {
        Instant previous = since;
        try (PreparedStatement query = connection.prepareStatement(NEW_ROWS)) {
            query.setString(1, source);
            query.setTimestamp(3, Timestamp.from(since));
            while (running) {
                Instant start = Instant.now();
                query.setTimestamp(2, Timestamp.from(previous.minus(MARGIN)));
                try (ResultSet rows = query.executeQuery()) {
                    note(rows, start);
                }
                previous = start;
                LockSupport.parkNanos(INTERVAL.toNanos());
            }
        } catch (SQLException e) {
            failure = e;
        }
    }

    private synchronized void note(ResultSet rows, Instant visibleBy) throws SQLException {
        while (rows.next()) {
            String id = rows.getString(1);
            if (!lagMillis.containsKey(id)) {
                Instant at = rows.getObject(2, OffsetDateTime.class).toInstant();
                lagMillis.put(id, Duration.between(at, visibleBy).toNanos() / 1e6);
            }
        }
    }

    @Override
    public void close() throws Exception {
        if (running) {
            stop();
        }
    }
}
