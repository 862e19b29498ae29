package vn.practica.placement.offer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What applications and placements need of offers: the terms they are made on, and the seats. A seat is taken by
 * one conditional update ({@code seats_taken < seats}), never by counting placements, and the table's check
 * constraint is the last guard.
 *
 * <p>Lock order. A transaction that changes an offer's seats or what hangs off it locks the offer first, then
 * applications, then placements, as cancelling an offer does (its offer row, then its applications and
 * placements). Accepting and withdrawing therefore lock the offer before their application or placement, so no
 * two of them ever wait for each other in a circle.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OfferSeatService {
    private final OfferRepository offers;

    OfferSeatService(OfferRepository offers) {
        this.offers = offers;
    }

    /** The offer as it is now, published or not (callers decide who sees a draft). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OfferTerms> findTerms(UUID offerId) {
        return offers.byId(offerId).map(OfferTerms::of);
    }

    /** The terms of each of these offers that exists, by id; one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, OfferTerms> findTerms(Collection<UUID> offerIds) {
        return offers.byIds(offerIds).stream()
                .map(OfferTerms::of)
                .collect(Collectors.toMap(OfferTerms::id, Function.identity()));
    }

    /**
     * The business users who mentor the offer's students (their tokens' {@code sub}), for placements choosing
     * their mentor; empty when there is no such offer.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> findMentorSubjects(UUID offerId) {
        return offers.byId(offerId)
                .map(offer -> offer.content().mentorSubjects())
                .orElse(List.of());
    }

    /**
     * The offer, locked against cancellation and seat changes until the transaction ends, for an application:
     * many may apply at once, and none is added to an offer a concurrent cancellation has just ended.
     */
    public Optional<OfferTerms> lockForApplying(UUID offerId) {
        return offers.byIdLocked(offerId, LockModeType.PESSIMISTIC_READ).map(OfferTerms::of);
    }

    /** The offer, locked until the transaction ends, before its seats change (the lock order above). */
    public Optional<OfferTerms> lockForSeats(UUID offerId) {
        return offers.byIdLocked(offerId, LockModeType.PESSIMISTIC_WRITE).map(OfferTerms::of);
    }

    /**
     * The offer's seats as committed now, without waiting for its lock: enough to turn away an acceptance once
     * every seat is gone (refusing is always safe), never to take a seat.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OfferSeats> seats(UUID offerId) {
        return offers.seats(offerId);
    }

    /** Takes one seat; false when every seat is taken, and then nothing changed. */
    public boolean takeSeat(UUID offerId) {
        return offers.takeSeat(offerId);
    }

    /**
     * Takes the seats of a round's matches, {@code counts[i]} of offer {@code offerIds[i]}, in one statement: of
     * each offer all of them or, when fewer are free, none. Returns the offers whose seats it took.
     */
    public Set<UUID> takeSeats(UUID[] offerIds, int[] counts) {
        return offers.takeSeats(offerIds, counts);
    }

    /** Frees the seats of {@code count} placements that ended. */
    public void freeSeats(UUID offerId, int count) {
        if (count > 0) {
            offers.freeSeats(offerId, count);
        }
    }
}
