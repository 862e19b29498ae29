package vn.practica.placement.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import vn.practica.placement.offer.OfferTerms;
import vn.practica.placement.placement.PlacementDetails;
import vn.practica.placement.placement.PlacementProposalFollowUp;

/**
 * Drafts each proposed placement's agreement from its offer, in the proposal's transaction: the agreement exists
 * from the first moment the placement does, on the terms the applicant accepted (the offer may change later).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AgreementDrafts implements PlacementProposalFollowUp {
    private final AgreementRepository agreements;

    AgreementDrafts(AgreementRepository agreements) {
        this.agreements = agreements;
    }

    @Override
    public long followPlacementProposal(PlacementDetails placement, OfferTerms offer) {
        Agreement agreement = Agreement.draft(placement.id(), offer, placement.createdAt());
        agreements.persist(agreement);
        return agreement.version();
    }

    @Override
    public long followPlacementProposals(List<Proposal> proposals) {
        List<Agreement> drafts = new ArrayList<>(proposals.size());
        for (Proposal proposal : proposals) {
            PlacementDetails placement = proposal.placement();
            drafts.add(Agreement.draft(placement.id(), proposal.offer(), placement.createdAt()));
        }
        agreements.insertAll(drafts);
        return drafts.isEmpty() ? 1 : drafts.get(0).version();
    }
}
