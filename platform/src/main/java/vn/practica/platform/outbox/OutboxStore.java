package vn.practica.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.Session;

/** SQL the relay runs against the outbox table; callers own the transaction. */
@ApplicationScoped
class OutboxStore {
    /** Arbitrary constant naming the relay's advisory lock: one relay per database publishes at a time. */
    static final long RELAY_LOCK = 0x5052_4143_5449_4341L;

    /**
     * Unsent, unparked rows in seq order (index {@code outbox_event_pending_idx}), except those with an earlier
     * parked row of the same aggregate: they are held until it is re-driven (index {@code outbox_event_parked_idx}).
     */
    static final String SELECT_PENDING = "select e.id, e.topic, e.aggregatetype, e.aggregateid, e.type, e.source,"
            + " to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), e.payload::text,"
            + " e.traceparent, e.tracestate from outbox_event e where e.sent_at is null and e.parked_at is null"
            + " and not exists (select 1 from outbox_event p where p.parked_at is not null"
            + " and p.topic = e.topic and p.aggregateid = e.aggregateid and p.seq < e.seq)"
            + " order by e.seq limit ?";

    private final EntityManager em;

    OutboxStore(EntityManager em) {
        this.em = em;
    }

    /** Takes the relay lock for the current transaction; false when another instance holds it. */
    boolean lockRelay() {
        Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK)
                .getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    /**
     * Hands up to {@code limit} pending rows in seq order to {@code reader} as they arrive, {@code fetchSize} rows
     * per round trip, so the reader sends the first rows to Kafka while later ones are still being read. The
     * reader may run other statements of this transaction (marking rows sent) while it reads.
     */
    <R> R streamPending(int limit, int fetchSize, Function<Iterator<PendingEvent>, R> reader) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(SELECT_PENDING)) {
                query.setFetchSize(fetchSize);
                query.setInt(1, limit);
                try (ResultSet rows = query.executeQuery()) {
                    return reader.apply(new PendingRows(rows));
                }
            }
        });
    }

    void markSent(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        em.createNativeQuery("update outbox_event set sent_at = clock_timestamp() where id = any(?1)")
                .setParameter(1, ids.toArray(UUID[]::new))
                .executeUpdate();
    }

    void park(UUID id, String reason) {
        em.createNativeQuery("update outbox_event set parked_at = clock_timestamp(), park_reason = ?2,"
                        + " attempts = attempts + 1 where id = ?1")
                .setParameter(1, id)
                .setParameter(2, reason)
                .executeUpdate();
    }

    /** Counts a transient failure on the row that stopped a batch, for operators reading the table. */
    void countFailedAttempt(UUID id) {
        em.createNativeQuery("update outbox_event set attempts = attempts + 1 where id = ?1")
                .setParameter(1, id)
                .executeUpdate();
    }

    int deleteSentBefore(Duration retention) {
        return em.createNativeQuery("delete from outbox_event where sent_at < ?1")
                .setParameter(1, Instant.now().minus(retention))
                .executeUpdate();
    }

    /** The rows of the pending query as they are fetched. */
    private static final class PendingRows implements Iterator<PendingEvent> {
        private final ResultSet rows;
        private PendingEvent next;

        PendingRows(ResultSet rows) {
            this.rows = rows;
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                next = fetch();
            }
            return next != null;
        }

        @Override
        public PendingEvent next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            PendingEvent event = next;
            next = null;
            return event;
        }

        private PendingEvent fetch() {
            try {
                if (!rows.next()) {
                    return null;
                }
                return new PendingEvent(
                        rows.getObject(1, UUID.class),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getString(5),
                        rows.getString(6),
                        rows.getString(7),
                        rows.getString(8),
                        rows.getString(9),
                        rows.getString(10));
            } catch (SQLException e) {
                throw new PersistenceException("Could not read pending outbox rows", e);
            }
        }
    }
}
