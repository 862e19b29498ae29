package vn.practica.placement.placement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.practica.placement.offer.OfferSeatService;
import vn.practica.placement.offer.OfferTerms;
import vn.practica.platform.outbox.Outbox;
import vn.practica.platform.outbox.OutboxEvent;

/**
 * The placements a matching round's run makes, a few offers at a time, in the run's transaction: each offer's seats
 * all at once by the seat rule (none are taken when fewer are free), then per match the placement, its drafted
 * agreement, its audit entry (by the system), its parties' change-feed rows, the student's mail and its
 * {@code placement.proposed}, inserted in JDBC batches without the persistence context (a national round makes
 * hundreds of thousands).
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
    public record Match(OfferTerms offer, UUID applicationId, UUID studentId, UUID pseudonym, UUID schoolId) {}

    /**
     * Proposes one placement per match, in order, the matches of an offer next to each other; returns their ids.
     * Each offer's seats are taken at once for all its matches, or none and the whole run fails.
     */
    public List<UUID> proposeMatched(UUID roundId, List<Match> matches, Instant now) {
        takeSeats(matches);
        List<UUID> ids = new ArrayList<>(matches.size());
        List<Placement> proposed = new ArrayList<>(matches.size());
        List<PlacementProposalFollowUp.Proposal> drafts = new ArrayList<>(matches.size());
        List<PlacementDetails> details = new ArrayList<>(matches.size());
        List<OutboxEvent> events = new ArrayList<>(matches.size());
        for (Match match : matches) {
            Placement placement = Placement.matched(roundId, proposal(match), now);
            proposed.add(placement);
            ids.add(placement.id());
            details.add(placement.details());
            drafts.add(new PlacementProposalFollowUp.Proposal(placement.details(), match.offer()));
            events.add(PlacementEvents.proposed(placement.details(), match.offer(), match.pseudonym()));
        }
        placements.insertAll(proposed);
        long agreementVersion = agreements.followPlacementProposals(drafts);
        audit.recordRoundProposals(details, now, agreementVersion);
        outbox.appendAll(events);
        return ids;
    }

    private void takeSeats(List<Match> matches) {
        Map<UUID, Integer> counts = new LinkedHashMap<>();
        Map<UUID, OfferTerms> offersById = new HashMap<>();
        for (Match match : matches) {
            counts.merge(match.offer().id(), 1, Integer::sum);
            offersById.putIfAbsent(match.offer().id(), match.offer());
        }
        counts.forEach((offerId, count) -> {
            if (!offers.takeSeats(offerId, count)) {
                throw PlacementService.offerFull(
                        offerId, offersById.get(offerId).seats());
            }
        });
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
