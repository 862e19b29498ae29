package vn.practica.placement.credential;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The signing keys; the active one (not retired) is read locked, so two rotations cannot both make a key. */
@ApplicationScoped
class CredentialKeyRepository {
    private static final String COLUMNS = "kid, public_jwk, private_key_sealed, created_at, retired_at";

    private final EntityManager em;

    CredentialKeyRepository(EntityManager em) {
        this.em = em;
    }

    Optional<CredentialKey> activeForUpdate() {
        List<?> rows = em.createNativeQuery(
                        "select " + COLUMNS + " from credential_key where retired_at is null for update")
                .getResultList();
        return rows.stream().map(CredentialKeyRepository::key).findFirst();
    }

    /** The key that signs now, read without a lock (for what any instance may sign at any time). */
    Optional<CredentialKey> active() {
        List<?> rows = em.createNativeQuery("select " + COLUMNS + " from credential_key where retired_at is null")
                .getResultList();
        return rows.stream().map(CredentialKeyRepository::key).findFirst();
    }

    /** Every key ever made, oldest first: what the published documents list. */
    List<CredentialKey> all() {
        List<?> rows = em.createNativeQuery("select " + COLUMNS + " from credential_key order by created_at, kid")
                .getResultList();
        return rows.stream().map(CredentialKeyRepository::key).toList();
    }

    Optional<CredentialKey> find(String kid) {
        List<?> rows = em.createNativeQuery("select " + COLUMNS + " from credential_key where kid = ?1")
                .setParameter(1, kid)
                .getResultList();
        return rows.stream().map(CredentialKeyRepository::key).findFirst();
    }

    /** Whether it was inserted: false when another transaction made the active key first. */
    boolean insertActive(CredentialKey key) {
        return em.createNativeQuery("insert into credential_key (kid, algorithm, public_jwk, private_key_sealed,"
                                + " created_at) values (?1, 'ES256', ?2, ?3, ?4) on conflict do nothing")
                        .setParameter(1, key.kid())
                        .setParameter(2, key.publicJwk())
                        .setParameter(3, key.privateKeySealed())
                        .setParameter(4, key.createdAt())
                        .executeUpdate()
                == 1;
    }

    void retire(String kid, Instant at) {
        em.createNativeQuery("update credential_key set retired_at = ?2 where kid = ?1")
                .setParameter(1, kid)
                .setParameter(2, at)
                .executeUpdate();
    }

    private static CredentialKey key(Object row) {
        Object[] c = (Object[]) row;
        return new CredentialKey((String) c[0], (String) c[1], (byte[]) c[2], instant(c[3]), instant(c[4]));
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof OffsetDateTime odt ? odt.toInstant() : (Instant) value;
    }
}
