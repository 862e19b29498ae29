package vn.practica.placement.placement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** A placement's audit trail: appended to, and read in the order it was written. */
@ApplicationScoped
public class PlacementAuditRepository {
    private final EntityManager em;

    PlacementAuditRepository(EntityManager em) {
        this.em = em;
    }

    public void append(PlacementAuditEntry entry) {
        em.persist(entry);
    }

    /** Up to {@code limit} entries of the placement after the entry {@code after} (0: from the first). */
    public List<PlacementAuditEntry> page(UUID placementId, long after, int limit) {
        return em.createQuery(
                        "from PlacementAuditEntry where placementId = :placement and id > :after order by id",
                        PlacementAuditEntry.class)
                .setParameter("placement", placementId)
                .setParameter("after", after)
                .setMaxResults(limit)
                .getResultList();
    }
}
