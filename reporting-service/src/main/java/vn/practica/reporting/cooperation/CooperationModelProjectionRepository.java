package vn.practica.reporting.cooperation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import vn.practica.events.catalog.CooperationModelEventData;

/** The cooperation model projection; an event moves a model to a newer version only. */
@ApplicationScoped
public class CooperationModelProjectionRepository {
    private static final String UPSERT = "insert into cooperation_model_projection"
            + " (code, name_vi, name_en, status, version, updated_at) values (?1, ?2, ?3, ?4, ?5, ?6)"
            + " on conflict (code) do update set name_vi = excluded.name_vi, name_en = excluded.name_en,"
            + " status = excluded.status, version = excluded.version, updated_at = excluded.updated_at"
            + " where cooperation_model_projection.version < excluded.version";

    private final EntityManager em;

    CooperationModelProjectionRepository(EntityManager em) {
        this.em = em;
    }

    public void applyNewer(CooperationModelEventData data, Instant changedAt) {
        em.createNativeQuery(UPSERT)
                .setParameter(1, data.code())
                .setParameter(2, data.nameVi())
                .setParameter(3, data.nameEn())
                .setParameter(4, data.status())
                .setParameter(5, data.version())
                .setParameter(6, changedAt)
                .executeUpdate();
    }
}
