package vn.practica.placement.reference;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.practica.events.catalog.FieldEventData;

/** The local field copy; an upsert only ever moves a field to a newer version. */
@ApplicationScoped
public class ReferenceFieldRepository implements PanacheRepositoryBase<ReferenceField, String> {
    private static final String UPSERT = "insert into field (code, name_vi, name_en, status, version, updated_at)"
            + " values (?1, ?2, ?3, ?4, ?5, ?6)"
            + " on conflict (code) do update set name_vi = excluded.name_vi, name_en = excluded.name_en,"
            + " status = excluded.status, version = excluded.version, updated_at = excluded.updated_at"
            + " where field.version < excluded.version";

    public void upsertNewer(FieldEventData data, Instant changedAt) {
        getEntityManager()
                .createNativeQuery(UPSERT)
                .setParameter(1, data.code())
                .setParameter(2, data.nameVi())
                .setParameter(3, data.nameEn())
                .setParameter(4, data.status())
                .setParameter(5, data.version())
                .setParameter(6, changedAt)
                .executeUpdate();
    }

    public Set<String> activeCodes() {
        return new HashSet<>(getEntityManager()
                .createQuery("select code from ReferenceField where status = :status", String.class)
                .setParameter("status", FieldEventData.ACTIVE)
                .getResultList());
    }

    public List<ReferenceField> listByCode() {
        return listAll(Sort.by("code"));
    }
}
