package vn.practica.placement.placement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.UUID;
import vn.practica.placement.offer.OfferSeatService;
import vn.practica.placement.offer.OfferSeats;
import vn.practica.placement.offer.OfferTerms;
import vn.practica.placement.student.StudentDetails;
import vn.practica.placement.student.StudentDirectoryService;
import vn.practica.platform.http.IfMatch;
import vn.practica.platform.outbox.Outbox;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.PlatformProblems;

/**
 * Placements: proposed when an applicant accepts, taking one of the offer's seats by the seat rule; withdrawn by
 * a party or terminated with their offer, freeing it. Each change is announced in its own transaction's outbox.
 */
@ApplicationScoped
@Transactional
public class PlacementService {
    private final PlacementRepository placements;
    private final OfferSeatService offers;
    private final StudentDirectoryService students;
    private final PlacementViews views;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    PlacementService(
            PlacementRepository placements,
            OfferSeatService offers,
            StudentDirectoryService students,
            PlacementViews views,
            Outbox outbox) {
        this.placements = placements;
        this.offers = offers;
        this.students = students;
        this.views = views;
        this.outbox = outbox;
    }

    /**
     * The placement an accepted application makes, in the acceptance's transaction, which holds the offer's lock
     * already ({@link OfferSeatService#lockForSeats}). The seat is taken first: when none is left nothing is
     * written and the refusal rolls the acceptance back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PlacementDetails proposePlacement(ProposedPlacement proposed) {
        OfferTerms offer = proposed.offer();
        if (!offers.takeSeat(offer.id())) {
            throw offerFull(offer.id(), offer.seats());
        }
        Placement placement = Placement.propose(proposed, now());
        placements.persist(placement);
        outbox.append(PlacementEvents.proposed(placement.details(), offer, proposed.studentPseudonym()));
        return placement.details();
    }

    /**
     * Turns an acceptance away at once when every seat of the offer is taken already, as committed now, before it
     * waits for the offer's lock: when the last seat goes, the many still arriving need not queue for it.
     * Refusing is always safe; a seat is only ever taken by {@link #proposePlacement}'s conditional update.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void refuseWhenFull(UUID offerId) {
        offers.seats(offerId).filter(OfferSeats::full).ifPresent(seats -> {
            throw offerFull(offerId, seats.seats());
        });
    }

    private static DomainException offerFull(UUID offerId, int seats) {
        return new DomainException(
                        PlacementProblems.OFFER_FULL,
                        "Every one of the " + seats + " seats of offer " + offerId + " is taken")
                .with("seats", seats);
    }

    /**
     * A party ends a running placement early, against the version it read; its seat is free again. The State
     * reads placements but does not withdraw them.
     */
    public PlacementView withdrawPlacement(UUID id, Requester requester, String reason, OptionalLong expectedVersion) {
        Placement placement = placements.byId(id).orElseThrow(() -> notFound(id));
        PlacementAudience audience =
                views.audience(placement.details(), requester).orElseThrow(() -> notFound(id));
        PlacementParty party = audience.party()
                .orElseThrow(() -> new DomainException(
                        PlatformProblems.FORBIDDEN, "The State reads placements; only their parties withdraw them"));
        // The offer before the placement: the lock order every seat change and cancellation keeps
        OfferTerms offer = offers.lockForSeats(placement.offerId()).orElseThrow();
        placements.relock(placement);
        IfMatch.requireCurrent("Placement " + id, placement.version(), expectedVersion);
        placement.withdraw(party, reason.strip(), now());
        offers.freeSeats(offer.id(), 1);
        outbox.append(PlacementEvents.withdrawn(placement.details(), offer, pseudonym(placement)));
        return views.view(placement.details(), audience);
    }

    /**
     * Terminates every running placement of a cancelled offer, for the cancellation's reason, freeing their seats;
     * inside the cancellation's transaction, which holds the offer's lock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void terminatePlacements(OfferTerms offer, String reason) {
        List<Placement> live = placements.liveOfOfferForUpdate(offer.id());
        var pseudonyms = students.findByIds(
                live.stream().map(Placement::studentId).filter(Objects::nonNull).toList());
        Instant now = now();
        for (Placement placement : live) {
            placement.terminate(reason, now);
            StudentDetails student = pseudonyms.get(placement.studentId());
            outbox.append(PlacementEvents.terminated(
                    placement.details(), offer, student == null ? null : student.pseudonym()));
        }
        offers.freeSeats(offer.id(), live.size());
    }

    private UUID pseudonym(Placement placement) {
        if (placement.studentId() == null) {
            return null;
        }
        return students.findByIds(List.of(placement.studentId()))
                .get(placement.studentId())
                .pseudonym();
    }

    private Instant now() {
        // Lists page by created_at: kept at the database's precision, so a cursor names it exactly
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static DomainException notFound(UUID id) {
        return DomainException.notFound("No placement " + id + " that you may see");
    }
}
