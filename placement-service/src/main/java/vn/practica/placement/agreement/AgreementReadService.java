package vn.practica.placement.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import vn.practica.placement.placement.PlacementAccess;
import vn.practica.placement.placement.PlacementReadService;
import vn.practica.placement.placement.Requester;

/** Agreements as their readers find them: the placement's parties and the State. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AgreementReadService {
    private final PlacementReadService placements;
    private final AgreementRepository agreements;
    private final AgreementViews views;

    AgreementReadService(PlacementReadService placements, AgreementRepository agreements, AgreementViews views) {
        this.placements = placements;
        this.agreements = agreements;
        this.views = views;
    }

    /**
     * The agreement as stored, for features that work by it (logbooks, evaluations, completion); the caller has
     * checked who asks. Every placement has one from its proposal on.
     */
    public AgreementDetails agreedTerms(UUID placementId) {
        return agreements
                .byPlacementId(placementId)
                .map(Agreement::details)
                .orElseThrow(() -> new IllegalStateException("placement " + placementId + " has no agreement"));
    }

    /** Whether the party still has to confirm the agreement's current version (the placement being PROPOSED). */
    public boolean awaitsConfirmation(PlacementAccess access) {
        return access.audience()
                .party()
                .map(party -> AgreementSlot.of(party, access.placement().heldBySchool()))
                .map(slots -> {
                    var confirmations = agreedTerms(access.placement().id()).confirmations();
                    return slots.stream().anyMatch(slot -> confirmations.get(slot) == null);
                })
                .orElse(false);
    }

    /** The placement's agreement, if the requester may see the placement, as they see it. */
    public Optional<AgreementView> findAgreement(UUID placementId, Requester requester) {
        return placements
                .findAccess(placementId, requester)
                .flatMap(access -> agreements
                        .byPlacementId(placementId)
                        .map(agreement -> views.view(agreement.details(), access)));
    }
}
