package vn.practica.placement.credential;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Issued credentials; one per placement, which the unique key on {@code placement_id} enforces. */
@ApplicationScoped
class CredentialRepository {
    private static final String COLUMNS = "id, placement_id, student_id, school_id, business_id, status_list,"
            + " status_index, kid, achievement, jwt, issued_at, shared, revoked_at";

    private final EntityManager em;

    CredentialRepository(EntityManager em) {
        this.em = em;
    }

    /** The next free position in the status lists (list = position / size, index = position % size). */
    long nextStatusPosition() {
        return ((Number) em.createNativeQuery("select nextval('credential_status_position')")
                        .getSingleResult())
                .longValue();
    }

    boolean existsForPlacement(UUID placementId) {
        return !em.createNativeQuery("select 1 from credential where placement_id = ?1")
                .setParameter(1, placementId)
                .getResultList()
                .isEmpty();
    }

    /** Whether it was inserted: false when the placement has its credential already. */
    boolean insert(StoredCredential c) {
        return em.createNativeQuery("insert into credential (" + COLUMNS + ") values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8,"
                                + " ?9, ?10, ?11, ?12, ?13) on conflict (placement_id) do nothing")
                        .setParameter(1, c.id())
                        .setParameter(2, c.placementId())
                        .setParameter(3, c.studentId())
                        .setParameter(4, c.schoolId())
                        .setParameter(5, c.businessId())
                        .setParameter(6, c.statusList())
                        .setParameter(7, c.statusIndex())
                        .setParameter(8, c.kid())
                        .setParameter(9, c.achievement())
                        .setParameter(10, c.jwt())
                        .setParameter(11, c.issuedAt())
                        .setParameter(12, c.shared())
                        .setParameter(13, c.revokedAt())
                        .executeUpdate()
                == 1;
    }

    Optional<StoredCredential> find(UUID id) {
        return one("select " + COLUMNS + " from credential where id = ?1", id);
    }

    Optional<StoredCredential> findForUpdate(UUID id) {
        return one("select " + COLUMNS + " from credential where id = ?1 for update", id);
    }

    List<StoredCredential> ofStudent(UUID studentId) {
        List<?> rows = em.createNativeQuery(
                        "select " + COLUMNS + " from credential where student_id = ?1 order by issued_at desc, id")
                .setParameter(1, studentId)
                .getResultList();
        return rows.stream().map(CredentialRepository::credential).toList();
    }

    void share(UUID id, boolean shared) {
        em.createNativeQuery("update credential set shared = ?2 where id = ?1")
                .setParameter(1, id)
                .setParameter(2, shared)
                .executeUpdate();
    }

    void revoke(UUID id, Instant at) {
        em.createNativeQuery("update credential set revoked_at = ?2 where id = ?1 and revoked_at is null")
                .setParameter(1, id)
                .setParameter(2, at)
                .executeUpdate();
    }

    /** The indexes of the school's revoked credentials in one of its status lists, ascending. */
    List<Integer> revokedIndexes(UUID schoolId, int list) {
        List<?> rows = em.createNativeQuery("select status_index from credential where school_id = ?1"
                        + " and status_list = ?2 and revoked_at is not null order by status_index")
                .setParameter(1, schoolId)
                .setParameter(2, list)
                .getResultList();
        return rows.stream().map(row -> ((Number) row).intValue()).toList();
    }

    /** Whether the school has credentials in that list at all: a list nobody was given is not published. */
    boolean hasList(UUID schoolId, int list) {
        return !em.createNativeQuery("select 1 from credential where school_id = ?1 and status_list = ?2 limit 1")
                .setParameter(1, schoolId)
                .setParameter(2, list)
                .getResultList()
                .isEmpty();
    }

    private Optional<StoredCredential> one(String sql, UUID id) {
        List<?> rows = em.createNativeQuery(sql).setParameter(1, id).getResultList();
        return rows.stream().map(CredentialRepository::credential).findFirst();
    }

    private static StoredCredential credential(Object row) {
        Object[] c = (Object[]) row;
        return new StoredCredential(
                (UUID) c[0],
                (UUID) c[1],
                (UUID) c[2],
                (UUID) c[3],
                (UUID) c[4],
                ((Number) c[5]).intValue(),
                ((Number) c[6]).intValue(),
                (String) c[7],
                (String) c[8],
                (String) c[9],
                instant(c[10]),
                (Boolean) c[11],
                instant(c[12]));
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) value;
    }
}
