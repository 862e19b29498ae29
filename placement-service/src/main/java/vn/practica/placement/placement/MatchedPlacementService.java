package vn.practica.placement.placement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.practica.placement.offer.OfferSeatService;
import vn.practica.placement.offer.OfferTerms;
import vn.practica.platform.outbox.Outbox;
import vn.practica.platform.outbox.OutboxEvent;

/**
 * The placements a matching round's run makes, an offer at a time, in the run's transaction: the seats all at once
 * by the seat rule (none are taken when fewer are free), then per match the placement, its drafted agreement, its
 * audit entry (by the system), its parties' change-feed rows, the student's mail and its {@code placement.proposed},
 * written in batches.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MatchedPlacementService {
    private final PlacementRepository placements;
    private final OfferSeatService offers;
    private final PlacementProposalFollowUp agreements;
    private final PlacementAuditService audit;
    private final Outbox outbox;

    MatchedPlacementService(
            PlacementRepository placements,
            OfferSeatService offers,
            PlacementProposalFollowUp agreements,
            PlacementAuditService audit,
            Outbox outbox) {
        this.placements = placements;
        this.offers = offers;
        this.agreements = agreements;
        this.audit = audit;
        this.outbox = outbox;
    }

    /** A student the round placed in the offer, with the accepted application that records it. */
    public record Match(UUID applicationId, UUID studentId, UUID pseudonym, UUID schoolId) {}

    /** Proposes one placement per match, in order; returns their ids. */
    public List<UUID> proposeMatched(UUID roundId, OfferTerms offer, List<Match> matches, Instant now) {
        if (!offers.takeSeats(offer.id(), matches.size())) {
            throw PlacementService.offerFull(offer.id(), offer.seats());
        }
        List<UUID> ids = new ArrayList<>(matches.size());
        List<PlacementDetails> proposedPlacements = new ArrayList<>(matches.size());
        List<OutboxEvent> events = new ArrayList<>(matches.size());
        long agreementVersion = 0;
        for (Match match : matches) {
            ProposedPlacement proposed = new ProposedPlacement(
                    match.applicationId(),
                    offer,
                    ApplicantKind.STUDENT,
                    match.studentId(),
                    match.pseudonym(),
                    match.schoolId(),
                    null,
                    null);
            Placement placement = Placement.matched(roundId, proposed, now);
            placements.persist(placement);
            agreementVersion = agreements.followPlacementProposal(placement.details(), offer);
            ids.add(placement.id());
            proposedPlacements.add(placement.details());
            events.add(PlacementEvents.proposed(placement.details(), offer, match.pseudonym()));
        }
        placements.flush();
        audit.recordRoundProposals(proposedPlacements, now, agreementVersion);
        outbox.appendAll(events);
        return ids;
    }
}
