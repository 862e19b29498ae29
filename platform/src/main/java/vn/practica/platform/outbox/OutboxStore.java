package vn.practica.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** SQL the relay runs against the outbox table; callers own the transaction. */
@ApplicationScoped
class OutboxStore {
    /** Arbitrary constant naming the relay's advisory lock: one relay per database publishes at a time. */
    private static final long RELAY_LOCK = 0x5052_4143_5449_4341L;

    private static final String SELECT_PENDING = "select id, topic, aggregateid, type, source,"
            + " to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'), payload::text"
            + " from outbox_event where sent_at is null order by seq limit ?1";

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

    List<PendingEvent> pending(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(SELECT_PENDING).setParameter(1, limit).getResultList();
        return rows.stream().map(OutboxStore::toPending).toList();
    }

    void markSent(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        em.createNativeQuery("update outbox_event set sent_at = clock_timestamp() where id = any(?1)")
                .setParameter(1, ids.toArray(UUID[]::new))
                .executeUpdate();
    }

    long pendingCount() {
        return ((Number) em.createNativeQuery("select count(*) from outbox_event where sent_at is null")
                        .getSingleResult())
                .longValue();
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
                (String) row[6]);
    }
}
