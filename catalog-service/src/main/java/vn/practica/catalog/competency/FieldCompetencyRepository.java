package vn.practica.catalog.competency;

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

    /** The field's items with what a reader needs to show them, in human-code order. */
    @SuppressWarnings("unchecked")
    public List<Object[]> itemsOf(String fieldCode) {
        return em.createNativeQuery("select i.id, i.framework_id, i.human_coding_scheme, i.full_statement,"
                        + " i.item_type from field_competency f join competency_item i on i.id = f.item_id"
                        + " where f.field_code = ?1 order by i.human_coding_scheme nulls last, i.id")
                .setParameter(1, fieldCode)
                .getResultList();
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
