package vn.practica.placement.placement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.practica.placement.offer.OfferSeatService;
import vn.practica.placement.offer.OfferSeats;
import vn.practica.placement.offer.OfferTerms;
import vn.practica.platform.outbox.Outbox;
import vn.practica.platform.outbox.OutboxEvent;

/**
 * The placements a matching round's run makes: first, when it fixes its result, each offer's seats all at once by
 * the seat rule (none are taken when fewer are free); then a few offers at a time, each group in a transaction of
 * its own, per match the placement (with the id the result gave it), its drafted agreement, its audit entry (by
 * the system), its parties' change-feed rows, the student's mail and its {@code placement.proposed}, inserted in
 * bulk (COPY or JDBC batches) without the persistence context (a national round makes hundreds of thousands).
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

    /**
     * A student the round placed in the offer, with the accepted application that records it, the id the round's
     * result gave the placement, and the student's e-mail address as the round read it (null: none).
     */
    public record Match(
            OfferTerms offer,
            UUID applicationId,
            UUID placementId,
            UUID studentId,
            UUID pseudonym,
            UUID schoolId,
            String email) {}

    /**
     * Takes the seats of a round's matches, {@code counts[i]} of offer {@code offerIds[i]}, in the transaction
     * fixing the round's result: all of them or none, and then the run fails.
     */
    public void takeRoundSeats(UUID[] offerIds, int[] counts) {
        Set<UUID> taken = offers.takeSeats(offerIds, counts);
        for (UUID offerId : offerIds) {
            if (!taken.contains(offerId)) {
                throw PlacementService.offerFull(
                        offerId, offers.seats(offerId).map(OfferSeats::seats).orElse(0));
            }
        }
    }

    /** Proposes one placement per match whose seat the round's result already took. */
    public void proposeMatched(UUID roundId, List<Match> matches, Instant now) {
        List<Placement> proposed = new ArrayList<>(matches.size());
        List<PlacementProposalFollowUp.Proposal> drafts = new ArrayList<>(matches.size());
        List<PlacementDetails> details = new ArrayList<>(matches.size());
        List<OutboxEvent> events = new ArrayList<>(matches.size());
        List<String> emails = new ArrayList<>(matches.size());
        for (Match match : matches) {
            Placement placement = Placement.matched(roundId, match.placementId(), proposal(match), now);
            proposed.add(placement);
            details.add(placement.details());
            drafts.add(new PlacementProposalFollowUp.Proposal(placement.details(), match.offer()));
            events.add(PlacementEvents.proposed(placement.details(), match.offer(), match.pseudonym()));
            emails.add(match.email());
        }
        placements.insertAll(proposed);
        long agreementVersion = agreements.followPlacementProposals(drafts);
        audit.recordRoundProposals(details, emails, now, agreementVersion);
        outbox.appendAll(events);
    }

    private static ProposedPlacement proposal(Match match) {
        return new ProposedPlacement(
                match.applicationId(),
                match.offer(),
                ApplicantKind.STUDENT,
                match.studentId(),
                match.pseudonym(),
                match.schoolId(),
                null,
                null);
    }
}
