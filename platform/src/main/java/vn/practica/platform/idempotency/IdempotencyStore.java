package vn.practica.platform.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** SQL on the {@code idempotency_key} table; callers own the transaction. */
@ApplicationScoped
class IdempotencyStore {
    private final EntityManager em;

    IdempotencyStore(EntityManager em) {
        this.em = em;
    }

    /**
     * Takes the key's advisory lock until the transaction ends; false while another transaction holds it, i.e.
     * a request with this key is in flight. A lock, not a claim row: a crash before commit releases it with the
     * connection, so an unfinished request can never block its key.
     */
    boolean tryLock(IdempotencyKey key) {
        Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, key.scope() + "\n" + key.value())
                .getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    /** The unexpired stored response and the fingerprint of the request that produced it. */
    Optional<Stored> find(IdempotencyKey key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select fingerprint, status, location, etag, content_type, body"
                        + " from idempotency_key where scope = ?1 and idem_key = ?2 and expires_at > now()")
                .setParameter(1, key.scope())
                .setParameter(2, key.value())
                .getResultList();
        return rows.stream().findFirst().map(IdempotencyStore::toStored);
    }

    /** Stores the response; an expired row of the same key (not purged yet) is replaced. */
    void save(IdempotencyKey key, String fingerprint, StoredResponse response, Duration retention) {
        em.createNativeQuery("insert into idempotency_key (scope, idem_key, fingerprint, status, location, etag,"
                        + " content_type, body, expires_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8,"
                        + " now() + make_interval(secs => ?9))"
                        + " on conflict (scope, idem_key) do update set fingerprint = excluded.fingerprint,"
                        + " status = excluded.status, location = excluded.location, etag = excluded.etag,"
                        + " content_type = excluded.content_type, body = excluded.body,"
                        + " created_at = clock_timestamp(), expires_at = excluded.expires_at"
                        + " where idempotency_key.expires_at <= now()")
                .setParameter(1, key.scope())
                .setParameter(2, key.value())
                .setParameter(3, fingerprint)
                .setParameter(4, response.status())
                .setParameter(5, response.location())
                .setParameter(6, response.etag())
                .setParameter(7, response.contentType())
                .setParameter(8, response.body())
                .setParameter(9, retention.toMillis() / 1000.0)
                .executeUpdate();
    }

    /** Deletes up to {@code limit} expired rows; returns how many. */
    int deleteExpired(int limit) {
        return em.createNativeQuery("delete from idempotency_key where ctid = any(array(select ctid"
                        + " from idempotency_key where expires_at <= now() limit ?1))")
                .setParameter(1, limit)
                .executeUpdate();
    }

    private static Stored toStored(Object[] row) {
        StoredResponse response = new StoredResponse(
                ((Number) row[1]).intValue(), (String) row[2], (String) row[3], (String) row[4], (byte[]) row[5]);
        return new Stored((String) row[0], response);
    }

    /** A stored response with the fingerprint of its request. */
    record Stored(String fingerprint, StoredResponse response) {}
}
