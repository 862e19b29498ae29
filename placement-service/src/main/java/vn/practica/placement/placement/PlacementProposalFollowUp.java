package vn.practica.placement.placement;

import vn.practica.placement.offer.OfferTerms;

/**
 * What a proposed placement starts with: its agreement, drafted from the offer. Implemented by the feature that
 * keeps agreements (agreements depend on placements, never the other way round) and called in the proposal's
 * transaction, so a placement never exists without its agreement.
 */
public interface PlacementProposalFollowUp {
    /** Drafts the agreement of {@code placement} on {@code offer}'s terms; returns its version (1). */
    long followPlacementProposal(PlacementDetails placement, OfferTerms offer);
}
