package vn.practica.placement.offer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.PlatformProblems;
import vn.practica.reference.partner.Partner;
import vn.practica.reference.partner.PartnerProjection;

/**
 * Which organizations post offers, judged by placement's copy of the partner directory: any business catalog
 * announced drafts them; only a verified one that is not suspended opens them.
 */
@ApplicationScoped
class PostingBusinesses {
    private final PartnerProjection partners;

    PostingBusinesses(PartnerProjection partners) {
        this.partners = partners;
    }

    /** A business placement knows of, not suspended: it keeps its offers, drafts included. */
    Partner requireBusiness(UUID businessId) {
        Partner business = partners.findPartner(businessId)
                .orElseThrow(() -> DomainException.notFound("No organization " + businessId
                        + " is known to placement-service (catalog announces each one it registers)"));
        if (!business.isBusiness()) {
            throw new DomainException(
                    OfferProblems.NOT_A_BUSINESS, "Organization " + businessId + " is not a business");
        }
        if (business.isSuspended()) {
            throw new DomainException(
                    PlatformProblems.ORGANIZATION_SUSPENDED,
                    "Business " + businessId + " is suspended; it changes no offers");
        }
        return business;
    }

    /** A business the State verified: only it opens offers to students. */
    void requireOpeningBusiness(UUID businessId) {
        Partner business = requireBusiness(businessId);
        if (!business.isVerified()) {
            throw new DomainException(
                    OfferProblems.BUSINESS_NOT_VERIFIED,
                    "Business " + businessId + " is " + business.status() + "; it opens offers once verified");
        }
    }
}
