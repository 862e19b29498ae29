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
import vn.practica.platform.security.Caller;

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
    private final PlacementAuditService audit;
    private final PlacementProposalFollowUp agreements;
    private final Caller caller;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    PlacementService(
            PlacementRepository placements,
            OfferSeatService offers,
            StudentDirectoryService students,
            PlacementViews views,
            PlacementAuditService audit,
            PlacementProposalFollowUp agreements,
            Caller caller,
            Outbox outbox) {
        this.placements = placements;
        this.offers = offers;
        this.students = students;
        this.views = views;
        this.audit = audit;
        this.agreements = agreements;
        this.caller = caller;
        this.outbox = outbox;
    }

    /**
     * The placement an accepted application makes, in the acceptance's transaction, which holds the offer's lock
     * already ({@link OfferSeatService#lockForSeats}). The seat is taken first: when none is left nothing is
     * written and the refusal rolls the acceptance back. Its agreement is drafted with it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PlacementDetails proposePlacement(ProposedPlacement proposed) {
        OfferTerms offer = proposed.offer();
        if (!offers.takeSeat(offer.id())) {
            throw offerFull(offer.id(), offer.seats());
        }
        Instant now = now();
        Placement placement = Placement.propose(proposed, now);
        placements.persist(placement);
        long agreementVersion = agreements.followPlacementProposal(placement.details(), offer);
        PlacementParty applicant =
                proposed.applicantKind() == ApplicantKind.SCHOOL ? PlacementParty.SCHOOL : PlacementParty.STUDENT;
        record(placement, AuditActor.of(applicant, proposed.acceptedBy()), AuditAction.PROPOSED, agreementVersion, now);
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

    static DomainException offerFull(UUID offerId, int seats) {
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
        Instant now = now();
        placement.withdraw(party, reason.strip(), now);
        offers.freeSeats(offer.id(), 1);
        record(placement, AuditActor.of(party, requester.subject()), AuditAction.WITHDRAWN, null, now);
        outbox.append(PlacementEvents.withdrawn(placement.details(), offer, views.pseudonym(placement.details())));
        return views.view(placement.details(), audience);
    }

    /**
     * Terminates every running placement of a cancelled offer, for the cancellation's reason, freeing their seats;
     * inside the cancellation's transaction, which holds the offer's lock. The audit trail names the business
     * user whose request cancelled the offer (the cancellation hands placements nothing but the offer).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void terminatePlacements(OfferTerms offer, String reason) {
        List<Placement> live = placements.liveOfOfferForUpdate(offer.id());
        var pseudonyms = students.findByIds(
                live.stream().map(Placement::studentId).filter(Objects::nonNull).toList());
        Instant now = now();
        AuditActor business = AuditActor.of(PlacementParty.BUSINESS, caller.userId());
        for (Placement placement : live) {
            placement.terminate(reason, now);
            record(placement, business, AuditAction.TERMINATED, null, now);
            StudentDetails student = pseudonyms.get(placement.studentId());
            outbox.append(PlacementEvents.terminated(
                    placement.details(), offer, student == null ? null : student.pseudonym()));
        }
        offers.freeSeats(offer.id(), live.size());
    }

    private void record(Placement placement, AuditActor actor, AuditAction action, Long agreementVersion, Instant at) {
        audit.record(placement.id(), at, actor, action, placement.status(), agreementVersion, List.of());
    }

    private Instant now() {
        // Lists page by created_at: kept at the database's precision, so a cursor names it exactly
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static DomainException notFound(UUID id) {
        return DomainException.notFound("No placement " + id + " that you may see");
    }
}
