package vn.practica.reporting.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import vn.practica.events.catalog.FieldEventData;

/** The field projection; each event moves a field to a newer version only, and is counted. */
@ApplicationScoped
public class FieldProjectionRepository {
    private static final String UPSERT = "insert into field_projection"
            + " (code, name_vi, name_en, status, version, events_applied, updated_at)"
            + " values (?1, ?2, ?3, ?4, ?5, 1, ?6)"
            + " on conflict (code) do update set"
            + " name_vi = case when field_projection.version < excluded.version then excluded.name_vi else field_projection.name_vi end,"
            + " name_en = case when field_projection.version < excluded.version then excluded.name_en else field_projection.name_en end,"
            + " status = case when field_projection.version < excluded.version then excluded.status else field_projection.status end,"
            + " updated_at = greatest(field_projection.updated_at, excluded.updated_at),"
            + " version = greatest(field_projection.version, excluded.version),"
            + " events_applied = field_projection.events_applied + 1";

    private static final String KPIS = "select"
            + " count(*) filter (where status = 'ACTIVE'),"
            + " count(*) filter (where status = 'RETIRED'),"
            + " coalesce(sum(events_applied), 0),"
            + " (select max(processed_at) from processed_event where source = ?1)"
            + " from field_projection";

    private final EntityManager em;

    FieldProjectionRepository(EntityManager em) {
        this.em = em;
    }

    public void apply(FieldEventData data, Instant changedAt) {
        em.createNativeQuery(UPSERT)
                .setParameter(1, data.code())
                .setParameter(2, data.nameVi())
                .setParameter(3, data.nameEn())
                .setParameter(4, data.status())
                .setParameter(5, data.version())
                .setParameter(6, changedAt)
                .executeUpdate();
    }

    public FieldKpis kpis(String catalogSource) {
        Object[] row = (Object[])
                em.createNativeQuery(KPIS).setParameter(1, catalogSource).getSingleResult();
        return new FieldKpis(
                ((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(),
                toInstant(row[3]));
    }

    public boolean exists(String code) {
        return !em.createNativeQuery("select 1 from field_projection where code = ?1")
                .setParameter(1, code)
                .getResultList()
                .isEmpty();
    }

    private static Instant toInstant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
