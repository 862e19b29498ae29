package vn.practica.placement.offer;

import java.util.Optional;
import java.util.UUID;

/**
 * Who reads an offer: the State, or a caller acting for an organization (a business sees its own drafts).
 *
 * @param businessId the business the caller acts for, when its role is business
 */
public record OfferViewer(boolean state, Optional<UUID> businessId) {
    /** Drafts are the business's own work in progress: only it and the State see them. */
    boolean sees(Offer offer) {
        return offer.status() != OfferStatus.DRAFT
                || state
                || businessId.filter(offer.businessId()::equals).isPresent();
    }
}
