package vn.practica.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.practica.platform.jdbc.NativeValues;

/** SQL the relay runs against the outbox table; callers own the transaction. */
@ApplicationScoped
class OutboxStore {
    /** Arbitrary constant naming the relay's advisory lock: one relay per database publishes at a time. */
    static final long RELAY_LOCK = 0x5052_4143_5449_4341L;

    /**
     * Unsent, unparked rows from a seq on, each with the database's clock as it was read, in seq order (index {@code outbox_event_pending_idx}), except those with an
     * earlier parked row of the same aggregate: they are held until it is re-driven. The parked rows are looked up in
     * {@code outbox_parked}, which holds only them, so no plan of this read (a cached generic plan, a table never
     * analyzed) can scan the whole outbox per pending row.
     */
    static final String SELECT_PENDING = "select e.id, e.topic, e.aggregatetype, e.aggregateid, e.type, e.source,"
            + " to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), e.payload::text,"
            + " e.traceparent, e.tracestate, e.seq, clock_timestamp() from outbox_event e where e.sent_at is null and e.parked_at is null"
            + " and e.seq >= ?2 and not exists (select 1 from outbox_parked p"
            + " where p.topic = e.topic and p.aggregateid = e.aggregateid and p.seq < e.seq)"
            + " order by e.seq limit ?1";

    /**
     * The other sessions of this database with a transaction open (and prepared transactions): whether all of them
     * can be seen (a role without {@code pg_read_all_stats} sees no other role's), since when the oldest is open, and
     * the lowest parked seq.
     */
    private static final String SELECT_BEFORE = "with open as (select state, xact_start from pg_stat_activity"
            + " where datname = current_database() and backend_type = 'client backend' and pid <> pg_backend_pid())"
            + " select coalesce((select bool_and(state is not null) from open), true),"
            + " least((select min(xact_start) from open),"
            + " (select min(prepared) from pg_prepared_xacts where database = current_database())),"
            + " (select min(seq) from outbox_parked)";

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

    /** Pending rows from {@code fromSeq} on, and when the read had seen them (the clock at its last row). */
    record PendingRead(List<PendingEvent> rows, Instant ended) {}

    PendingRead pending(int limit, long fromSeq) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT_PENDING)
                .setParameter(1, limit)
                .setParameter(2, fromSeq)
                .getResultList();
        Instant ended = rows.isEmpty() ? null : NativeValues.instant(rows.get(rows.size() - 1)[11]);
        return new PendingRead(rows.stream().map(OutboxStore::toPending).toList(), ended);
    }

    /** What the floor of the read about to run needs to know; in the relay's transaction, before the read. */
    PendingFloor.Before before() {
        Object[] row = (Object[]) em.createNativeQuery(SELECT_BEFORE).getSingleResult();
        return new PendingFloor.Before(
                Optional.ofNullable(NativeValues.instant(row[1])),
                (Boolean) row[0],
                row[2] == null ? Long.MAX_VALUE : ((Number) row[2]).longValue());
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

    private static PendingEvent toPending(Object[] row) {
        return new PendingEvent(
                (UUID) row[0],
                (String) row[1],
                (String) row[2],
                (String) row[3],
                (String) row[4],
                (String) row[5],
                (String) row[6],
                (String) row[7],
                (String) row[8],
                (String) row[9],
                ((Number) row[10]).longValue());
    }
}
