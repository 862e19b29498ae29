package vn.practica.placement.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
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

    /** The placement's agreement, if the requester may see the placement, as they see it. */
    public Optional<AgreementView> findAgreement(UUID placementId, Requester requester) {
        return placements
                .findAccess(placementId, requester)
                .flatMap(access -> agreements
                        .byPlacementId(placementId)
                        .map(agreement -> views.view(agreement.details(), access)));
    }
}
