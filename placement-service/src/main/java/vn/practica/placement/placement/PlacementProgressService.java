package vn.practica.placement.placement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import vn.practica.placement.offer.OfferSeatService;
import vn.practica.placement.offer.OfferTerms;
import vn.practica.platform.http.IfMatch;
import vn.practica.platform.outbox.Outbox;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.PlatformProblems;

/**
 * A running placement's way forward: locked for its agreement's changes, AGREED once its three parties confirmed
 * the same version, ACTIVE on its start day or when the school or the business starts it. Each step is announced
 * and audited in its own transaction. Only the placement's row is locked (no seat changes): the lock order of
 * withdrawals and cancellations (offer, then placement) is kept, since nothing here locks an offer.
 */
@ApplicationScoped
@Transactional
public class PlacementProgressService {
    private final PlacementRepository placements;
    private final OfferSeatService offers;
    private final PlacementViews views;
    private final PlacementAuditService audit;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    PlacementProgressService(
            PlacementRepository placements,
            OfferSeatService offers,
            PlacementViews views,
            PlacementAuditService audit,
            Outbox outbox) {
        this.placements = placements;
        this.offers = offers;
        this.views = views;
        this.audit = audit;
        this.outbox = outbox;
    }

    /**
     * The placement, locked until the transaction ends, with the requester's standing towards it, before its
     * agreement changes; not found for anyone who may not see it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PlacementAccess lockForAgreement(UUID id, Requester requester) {
        return lockForWork(id, requester);
    }

    /**
     * The placement, locked until the transaction ends, with the requester's standing towards it, before its
     * logbook or evaluations change (the row serialises them, so a day's hours and the completion check see every
     * committed entry); not found for anyone who may not see it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PlacementAccess lockForWork(UUID id, Requester requester) {
        Placement placement = placements.byId(id).orElseThrow(() -> PlacementService.notFound(id));
        PlacementAudience audience =
                views.audience(placement.details(), requester).orElseThrow(() -> PlacementService.notFound(id));
        placements.relock(placement);
        return new PlacementAccess(placement.details(), audience);
    }

    /**
     * Its three parties confirmed the same version of the agreement, which starts on {@code startsOn}; in the
     * confirmation's transaction, which locked the placement ({@link #lockForAgreement}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PlacementDetails agreePlacement(UUID id, LocalDate startsOn, AuditActor actor, long agreementVersion) {
        Placement placement = placements.byId(id).orElseThrow(() -> PlacementService.notFound(id));
        Instant now = now();
        placement.agree(startsOn, now);
        record(placement, actor, AuditAction.AGREED, agreementVersion, now);
        outbox.append(PlacementEvents.agreed(placement.details(), terms(placement), pseudonym(placement)));
        return placement.details();
    }

    /**
     * Completes an ACTIVE placement whose approved hours reached the agreed total and whose learner evaluations
     * are in, in the transaction of the approval or submission that made it so (which locked the placement):
     * audited, and announced with its hours and mean scores.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PlacementDetails completePlacement(UUID id, AuditActor actor, PlacementCompletion completion) {
        Placement placement = placements.byId(id).orElseThrow(() -> PlacementService.notFound(id));
        Instant now = now();
        placement.complete(now);
        record(placement, actor, AuditAction.COMPLETED, null, now);
        outbox.append(PlacementEvents.completed(
                placement.details(), terms(placement), pseudonym(placement), completion, OfferTerms.today(clock)));
        return placement.details();
    }

    /**
     * The school or the business starts an AGREED placement, on or before its agreed day, against the version it
     * read. The student and the State do not.
     */
    public PlacementView startPlacement(UUID id, Requester requester, OptionalLong expectedVersion) {
        Placement placement = placements.byId(id).orElseThrow(() -> PlacementService.notFound(id));
        PlacementAudience audience =
                views.audience(placement.details(), requester).orElseThrow(() -> PlacementService.notFound(id));
        PlacementParty party = audience.party()
                .filter(p -> p != PlacementParty.STUDENT)
                .orElseThrow(() -> new DomainException(
                        PlatformProblems.FORBIDDEN, "The school or the business starts a placement"));
        placements.relock(placement);
        IfMatch.requireCurrent("Placement " + id, placement.version(), expectedVersion);
        start(placement, AuditActor.of(party, requester.subject()));
        return views.view(placement.details(), audience);
    }

    /**
     * Starts up to {@code size} AGREED placements whose day ({@code startsOn}) is {@code today} or earlier,
     * skipping those another instance holds; how many it started.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int startDuePlacements(LocalDate today, int size) {
        List<Placement> due = placements.dueToStartForUpdate(today, size);
        due.forEach(placement -> start(placement, AuditActor.system()));
        return due.size();
    }

    private void start(Placement placement, AuditActor actor) {
        Instant now = now();
        placement.start(now);
        record(placement, actor, AuditAction.STARTED, null, now);
        outbox.append(PlacementEvents.started(placement.details(), terms(placement), pseudonym(placement)));
    }

    private void record(Placement placement, AuditActor actor, AuditAction action, Long agreementVersion, Instant at) {
        audit.record(placement.id(), at, actor, action, placement.status(), agreementVersion, List.of());
    }

    private OfferTerms terms(Placement placement) {
        return offers.findTerms(placement.offerId()).orElseThrow();
    }

    private UUID pseudonym(Placement placement) {
        return views.pseudonym(placement.details());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
