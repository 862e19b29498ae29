package vn.practica.reporting.targets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The State's targets (kpi_target, V5); a null field or province is "all". */
@ApplicationScoped
public class TargetRepository {
    private static final String COLUMNS =
            "select id, year, kpi, field_code, province_code, target, version, updated_at from kpi_target";
    private static final String BY_KEY =
            " where year = ?1 and kpi = ?2 and coalesce(field_code, '') = ?3" + " and coalesce(province_code, '') = ?4";

    private final EntityManager em;

    TargetRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Target> find(TargetKey key, boolean forUpdate) {
        List<?> rows = em.createNativeQuery(COLUMNS + BY_KEY + (forUpdate ? " for update" : ""))
                .setParameter(1, key.year())
                .setParameter(2, key.kpi().parameter())
                .setParameter(3, key.fieldCode().orElse(""))
                .setParameter(4, key.provinceCode().orElse(""))
                .getResultList();
        return rows.stream().findFirst().map(row -> target((Object[]) row));
    }

    /** Every target of a year, national ones first, then by KPI, field and province. */
    public List<Target> ofYear(int year, int limit) {
        List<?> rows = em.createNativeQuery(COLUMNS + " where year = ?1 order by kpi, field_code nulls first,"
                        + " province_code nulls first limit ?2")
                .setParameter(1, year)
                .setParameter(2, limit)
                .getResultList();
        return rows.stream().map(row -> target((Object[]) row)).toList();
    }

    /**
     * Creates the target, or nothing when another request created it first (the key's unique index); the caller
     * reads the key again either way.
     */
    public boolean insert(UUID id, TargetKey key, long target, Instant at) {
        return em.createNativeQuery(
                                "insert into kpi_target (id, year, kpi, field_code, province_code, target, version,"
                                        + " updated_at) values (?1, ?2, ?3, nullif(?4, ''), nullif(?5, ''), ?6, 1, ?7) on conflict do nothing")
                        .setParameter(1, id)
                        .setParameter(2, key.year())
                        .setParameter(3, key.kpi().parameter())
                        .setParameter(4, key.fieldCode().orElse(""))
                        .setParameter(5, key.provinceCode().orElse(""))
                        .setParameter(6, target)
                        .setParameter(7, at)
                        .executeUpdate()
                == 1;
    }

    public void update(UUID id, long target, long version, Instant at) {
        em.createNativeQuery("update kpi_target set target = ?2, version = ?3, updated_at = ?4 where id = ?1")
                .setParameter(1, id)
                .setParameter(2, target)
                .setParameter(3, version)
                .setParameter(4, at)
                .executeUpdate();
    }

    public void delete(UUID id) {
        em.createNativeQuery("delete from kpi_target where id = ?1")
                .setParameter(1, id)
                .executeUpdate();
    }

    private static Target target(Object[] row) {
        TargetKey key = new TargetKey(
                ((Number) row[1]).intValue(),
                TargetKpi.fromParameter((String) row[2]).orElseThrow(),
                Optional.ofNullable((String) row[3]),
                Optional.ofNullable((String) row[4]));
        return new Target(
                (UUID) row[0], key, ((Number) row[5]).longValue(), ((Number) row[6]).longValue(), instant(row[7]));
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
