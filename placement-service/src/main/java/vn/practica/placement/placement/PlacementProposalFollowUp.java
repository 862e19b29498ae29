package vn.practica.placement.placement;

import java.util.List;
import vn.practica.placement.offer.OfferTerms;

/**
 * What a proposed placement starts with: its agreement, drafted from the offer. Implemented by the feature that
 * keeps agreements (agreements depend on placements, never the other way round) and called in the proposal's
 * transaction, so a placement never exists without its agreement.
 */
public interface PlacementProposalFollowUp {
    /** Drafts the agreement of {@code placement} on {@code offer}'s terms; returns its version (1). */
    long followPlacementProposal(PlacementDetails placement, OfferTerms offer);

    /** Drafts the agreements of many new placements at once (a matching round's); returns their version (1). */
    long followPlacementProposals(List<Proposal> proposals);

    /** A placement just proposed on an offer. */
    record Proposal(PlacementDetails placement, OfferTerms offer) {}
}
