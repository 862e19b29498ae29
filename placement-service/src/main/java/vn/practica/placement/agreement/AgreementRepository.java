package vn.practica.placement.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.practica.platform.jdbc.CopyInserts;

/**
 * Agreements by their placement's id. Writers lock the placement first (the placement's row serialises every
 * change to its agreement), so a plain read after that lock sees the latest committed version.
 */
@ApplicationScoped
public class AgreementRepository {
    private final EntityManager em;
    private final CopyInserts rows;

    AgreementRepository(EntityManager em, CopyInserts rows) {
        this.em = em;
        this.rows = rows;
    }

    public Optional<Agreement> byPlacementId(UUID placementId) {
        return Optional.ofNullable(em.find(Agreement.class, placementId));
    }

    public void persist(Agreement agreement) {
        em.persist(agreement);
    }

    /** Inserts new agreements in one COPY, bypassing the persistence context: a round drafts hundreds of thousands. */
    void insertAll(List<Agreement> agreements) {
        rows.insertAll(agreements);
    }
}
