package vn.practica.catalog.field;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The competency items each field of practical work needs ({@code field_competency}). */
@ApplicationScoped
public class FieldCompetencyRepository {
    private final EntityManager em;

    FieldCompetencyRepository(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public Set<UUID> itemIdsOf(String fieldCode) {
        List<UUID> ids = em.createNativeQuery("select item_id from field_competency where field_code = ?1", UUID.class)
                .setParameter(1, fieldCode)
                .getResultList();
        return Set.copyOf(ids);
    }

    public void replace(String fieldCode, Set<UUID> itemIds) {
        em.createNativeQuery("delete from field_competency where field_code = ?1")
                .setParameter(1, fieldCode)
                .executeUpdate();
        em.createNativeQuery("insert into field_competency (field_code, item_id) select ?1, unnest(?2)")
                .setParameter(1, fieldCode)
                .setParameter(2, itemIds.toArray(UUID[]::new))
                .executeUpdate();
    }
}
