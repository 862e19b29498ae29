package vn.practica.placement.offer;

/**
 * What else an offer's cancellation ends: its open applications and its placements. Implemented by the feature
 * that keeps them (applications depend on offers, never the other way round) and called inside the
 * cancellation's transaction, with the offer already locked and cancelled, so those who applied see it at once.
 */
public interface OfferCancellationFollowUp {
    /** Ends what hangs off {@code offer}, cancelled for {@code reason}, announcing each change. */
    void followOfferCancellation(OfferTerms offer, String reason);
}
