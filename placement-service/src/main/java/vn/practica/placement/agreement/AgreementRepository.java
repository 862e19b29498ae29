package vn.practica.placement.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;

/**
 * Agreements by their placement's id. Writers lock the placement first (the placement's row serialises every
 * change to its agreement), so a plain read after that lock sees the latest committed version.
 */
@ApplicationScoped
public class AgreementRepository {
    private final EntityManager em;

    AgreementRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Agreement> byPlacementId(UUID placementId) {
        return Optional.ofNullable(em.find(Agreement.class, placementId));
    }

    public void persist(Agreement agreement) {
        em.persist(agreement);
    }
}
