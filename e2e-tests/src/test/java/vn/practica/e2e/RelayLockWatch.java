package vn.practica.e2e;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.practica.devkit.PracticaStack;

/**
 * Samples, in one service's database, which instance holds the outbox relay's advisory lock (platform
 * {@code OutboxStore.RELAY_LOCK}, a transaction lock taken per batch): PostgreSQL's {@code pg_locks} joined to
 * {@code pg_stat_activity}, whose {@code application_name} the devkit sets to the instance's name.
 */
final class RelayLockWatch implements AutoCloseable {
    /** The relay lock's bigint key as pg_locks shows it: high half in classid, low half in objid. */
    private static final long RELAY_LOCK = 0x5052_4143_5449_4341L;

    private static final String HOLDERS = "select a.application_name from pg_locks l join pg_stat_activity a"
            + " on a.pid = l.pid where l.locktype = 'advisory' and l.granted and l.objsubid = 1"
            + " and l.classid::bigint = ? and l.objid::bigint = ?"
            + " and l.database = (select oid from pg_database where datname = current_database())";

    private static final Duration EVERY = Duration.ofMillis(50);

    /** One look: when, and the instances holding the lock then (never more than one, if the lock works). */
    record Sample(Instant at, List<String> holders) {}

    private final String service;
    private final Connection connection;
    private final List<Sample> samples = new CopyOnWriteArrayList<>();
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile String failure;

    private RelayLockWatch(String service, Connection connection) {
        this.service = service;
        this.connection = connection;
        this.sampler = new Thread(this::run, "relay-lock-watch-" + service);
        sampler.setDaemon(true);
    }

    static RelayLockWatch start(PracticaStack stack, String service) throws SQLException {
        Connection connection = stack.databases().connect(stack.databaseOf(service));
        connection.setAutoCommit(true);
        RelayLockWatch watch = new RelayLockWatch(service, connection);
        watch.sampler.start();
        return watch;
    }

    List<Sample> samples() {
        if (failure != null) {
            throw new IllegalStateException("sampling " + service + "'s relay lock failed: " + failure);
        }
        return List.copyOf(samples);
    }

    /** The instance that held the lock last, if any was ever seen holding it. */
    Optional<String> lastHolder() {
        List<Sample> all = samples();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (!all.get(i).holders().isEmpty()) {
                return Optional.of(all.get(i).holders().get(0));
            }
        }
        return Optional.empty();
    }

    /** The first time after {@code after} that {@code instance} was seen holding the lock. */
    Optional<Instant> firstHeldBy(String instance, Instant after) {
        return samples().stream()
                .filter(s -> s.at().isAfter(after) && s.holders().contains(instance))
                .map(Sample::at)
                .findFirst();
    }

    /** Samples after {@code after} in which {@code instance} held the lock. */
    List<Sample> heldBy(String instance, Instant after) {
        return samples().stream()
                .filter(s -> s.at().isAfter(after) && s.holders().contains(instance))
                .toList();
    }

    /** Samples in which more than one instance held the lock at once. */
    List<Sample> overlaps() {
        return samples().stream().filter(s -> s.holders().size() > 1).toList();
    }

    private void run() {
        try (PreparedStatement query = connection.prepareStatement(HOLDERS)) {
            query.setLong(1, RELAY_LOCK >>> 32);
            query.setLong(2, RELAY_LOCK & 0xFFFF_FFFFL);
            while (running) {
                samples.add(new Sample(Instant.now(), holders(query)));
                Thread.sleep(EVERY.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException e) {
            failure = e.getMessage();
        }
    }

    private static List<String> holders(PreparedStatement query) throws SQLException {
        List<String> holders = new ArrayList<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                holders.add(rs.getString(1));
            }
        }
        return holders;
    }

    @Override
    public void close() throws Exception {
        running = false;
        sampler.interrupt();
        sampler.join(5_000);
        connection.close();
    }
}
