package vn.practica.placement.offer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.practica.platform.http.IfMatch;
import vn.practica.platform.outbox.Outbox;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.Problem.FieldError;

/**
 * Moves an offer through its life, {@code DRAFT} → {@code OPEN} → {@code CLOSED}, or to {@code CANCELLED},
 * each step against the version the business read and announced with the offer as it is after it.
 */
@ApplicationScoped
@Transactional
public class OfferLifecycleService {
    private static final Set<OfferStatus> CANCELLABLE =
            EnumSet.of(OfferStatus.DRAFT, OfferStatus.OPEN, OfferStatus.CLOSED);

    private final OfferRepository offers;
    private final PostingBusinesses businesses;
    private final OfferChecks checks;
    private final Outbox outbox;
    private final OfferCancellationFollowUp cancellationFollowUp;
    private final Clock clock = Clock.systemUTC();

    OfferLifecycleService(
            OfferRepository offers,
            PostingBusinesses businesses,
            OfferChecks checks,
            Outbox outbox,
            OfferCancellationFollowUp cancellationFollowUp) {
        this.offers = offers;
        this.businesses = businesses;
        this.checks = checks;
        this.outbox = outbox;
        this.cancellationFollowUp = cancellationFollowUp;
    }

    /**
     * Opens a draft to applications: only a verified business, only with dates still ahead, an active field and
     * an active cooperation model.
     */
    public Offer openOffer(UUID businessId, String externalRef, OptionalLong expectedVersion) {
        businesses.requireOpeningBusiness(businessId);
        Offer offer = locked(businessId, externalRef, expectedVersion);
        requireStatus(offer, EnumSet.of(OfferStatus.DRAFT), "opens");
        List<FieldError> problems = checks.openingProblems(offer, OfferRules.today(clock));
        if (!problems.isEmpty()) {
            throw new DomainException(
                    OfferProblems.OFFER_NOT_OPENABLE, "Offer " + externalRef + " cannot open as it is", problems);
        }
        // Discovery pages by published_at: kept at the database's precision, so a cursor names it exactly
        offer.open(clock.instant().truncatedTo(ChronoUnit.MICROS));
        outbox.append(OfferEvents.published(offer));
        return offer;
    }

    /** Closes an open offer to new applications; placements already made stand. */
    public Offer closeOffer(UUID businessId, String externalRef, OptionalLong expectedVersion) {
        businesses.requireBusiness(businessId);
        Offer offer = locked(businessId, externalRef, expectedVersion);
        requireStatus(offer, EnumSet.of(OfferStatus.OPEN), "closes");
        offer.close(now());
        outbox.append(OfferEvents.closed(offer));
        return offer;
    }

    /**
     * Cancels a draft, open or closed offer, with a reason for those who applied. Only an offer that was
     * published is announced: nobody heard of a draft. In the same transaction its open applications are
     * cancelled and its placements terminated with the reason, each announced, and their seats freed.
     */
    public Offer cancelOffer(UUID businessId, String externalRef, String reason, OptionalLong expectedVersion) {
        businesses.requireBusiness(businessId);
        Offer offer = locked(businessId, externalRef, expectedVersion);
        requireStatus(offer, CANCELLABLE, "is cancelled");
        offer.cancel(reason.strip(), now());
        if (offer.wasPublished()) {
            outbox.append(OfferEvents.cancelled(offer));
        }
        cancellationFollowUp.followOfferCancellation(OfferTerms.of(offer), offer.cancelReason());
        // The follow-up freed the seats of the placements it ended: answer with the offer as it is now
        offers.reread(offer);
        return offer;
    }

    private Offer locked(UUID businessId, String externalRef, OptionalLong expectedVersion) {
        Offer offer = offers.byExternalRefForUpdate(businessId, externalRef)
                .orElseThrow(() -> DomainException.notFound("Your organization has no offer " + externalRef));
        IfMatch.requireCurrent("Offer " + externalRef, offer.version(), expectedVersion);
        return offer;
    }

    private static void requireStatus(Offer offer, Set<OfferStatus> allowed, String change) {
        if (!allowed.contains(offer.status())) {
            throw new DomainException(
                            OfferProblems.OFFER_TRANSITION_NOT_ALLOWED,
                            "Offer " + offer.externalRef() + " is " + offer.status() + "; only an offer that is "
                                    + allowed.stream().map(Enum::name).collect(Collectors.joining(" or ")) + " "
                                    + change)
                    .with("offerStatus", offer.status().name());
        }
    }

    private Instant now() {
        return clock.instant();
    }
}
