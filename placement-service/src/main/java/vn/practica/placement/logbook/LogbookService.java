package vn.practica.placement.logbook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import vn.practica.placement.agreement.AgreementDetails;
import vn.practica.placement.agreement.AgreementReadService;
import vn.practica.placement.offer.OfferTerms;
import vn.practica.placement.placement.AuditAction;
import vn.practica.placement.placement.AuditActor;
import vn.practica.placement.placement.AuditChange;
import vn.practica.placement.placement.PlacementAccess;
import vn.practica.placement.placement.PlacementAuditService;
import vn.practica.placement.placement.PlacementParty;
import vn.practica.placement.placement.PlacementProgressService;
import vn.practica.placement.placement.PlacementStatus;
import vn.practica.placement.placement.PlacementWorkRecorded;
import vn.practica.placement.placement.Requester;
import vn.practica.platform.http.IfMatch;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.PlatformProblems;

/**
 * Keeps logbooks: entries recorded, edited and decided on an ACTIVE placement, each step with the placement's row
 * locked (so a day's hours and the approved total count every entry), audited in the same transaction. An
 * approval may complete the placement: it fires {@link PlacementWorkRecorded}, observed synchronously.
 */
@ApplicationScoped
@Transactional
public class LogbookService {
    private final PlacementProgressService placements;
    private final AgreementReadService agreements;
    private final LogbookRepository logbooks;
    private final PlacementAuditService audit;
    private final Event<PlacementWorkRecorded> workRecorded;
    private final Clock clock = Clock.systemUTC();

    LogbookService(
            PlacementProgressService placements,
            AgreementReadService agreements,
            LogbookRepository logbooks,
            PlacementAuditService audit,
            Event<PlacementWorkRecorded> workRecorded) {
        this.placements = placements;
        this.agreements = agreements;
        this.logbooks = logbooks;
        this.audit = audit;
        this.workRecorded = workRecorded;
    }

    /** The recorder (the student; the business for a school's course) submits a new entry. */
    public LogbookEntryView recordEntry(UUID placementId, Requester requester, EntryContent content) {
        Locked locked = lock(placementId, requester, Part.RECORDER);
        requireAcceptable(locked, content, null);
        Instant now = now();
        LogbookEntry entry = LogbookEntry.submit(placementId, content, requester.subject(), now);
        logbooks.persist(entry);
        record(locked, entry, AuditAction.ENTRY_SUBMITTED, now);
        return new LogbookEntryView(entry.details(), locked.access().audience());
    }

    /** The recorder edits a submitted or returned entry against the version it read; a returned one is resubmitted. */
    public LogbookEntryView reviseEntry(
            UUID placementId, UUID entryId, Requester requester, EntryContent content, OptionalLong expected) {
        Locked locked = lock(placementId, requester, Part.RECORDER);
        LogbookEntry entry = entry(placementId, entryId);
        IfMatch.requireCurrent("Logbook entry " + entryId, entry.version(), expected);
        requireAcceptable(locked, content, entryId);
        Instant now = now();
        if (entry.revise(content, requester.subject(), now)) {
            record(locked, entry, AuditAction.ENTRY_SUBMITTED, now);
        }
        return new LogbookEntryView(entry.details(), locked.access().audience());
    }

    /**
     * The approver (the business; the school for a school's course) approves or returns a submitted entry against
     * the version it read. An approval adds to the approved total and may complete the placement.
     */
    public LogbookEntryView decideEntry(
            UUID placementId,
            UUID entryId,
            Requester requester,
            EntryStatus decision,
            String comment,
            OptionalLong expected) {
        Locked locked = lock(placementId, requester, Part.APPROVER);
        LogbookEntry entry = entry(placementId, entryId);
        IfMatch.requireCurrent("Logbook entry " + entryId, entry.version(), expected);
        Instant now = now();
        entry.decide(decision, requester.subject(), comment, now);
        boolean approved = decision == EntryStatus.APPROVED;
        if (approved) {
            logbooks.logbookForApproval(placementId)
                    .approve(
                            entry.content().hours(),
                            locked.agreement().content().totalHours(),
                            now);
        }
        record(locked, entry, approved ? AuditAction.ENTRY_APPROVED : AuditAction.ENTRY_RETURNED, now);
        if (approved) {
            workRecorded.fire(new PlacementWorkRecorded(
                    placementId, locked.access().placement().heldBySchool(), locked.actor()));
        }
        return new LogbookEntryView(entry.details(), locked.access().audience());
    }

    /** The approved hours of a placement so far. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public BigDecimal approvedHours(UUID placementId) {
        return logbooks.logbook(placementId).map(Logbook::approvedHours).orElse(BigDecimal.ZERO);
    }

    /** When the approved hours first reached the agreed total; empty until they do. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Instant> totalReachedAt(UUID placementId) {
        return logbooks.logbook(placementId).map(Logbook::totalReachedAt);
    }

    /**
     * What waits for the asker in the logbook of a placement they are a party to: submitted entries for its
     * approver, returned entries for its recorder; zero for anyone else.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long entriesAwaiting(PlacementAccess access) {
        Optional<PlacementParty> party = access.audience().party();
        boolean heldBySchool = access.placement().heldBySchool();
        if (party.isEmpty() || access.placement().status() != PlacementStatus.ACTIVE) {
            return 0;
        }
        var counts = logbooks.countsByStatus(access.placement().id());
        if (party.get() == LogbookParts.approver(heldBySchool)) {
            return counts.get(EntryStatus.SUBMITTED);
        }
        return party.get() == LogbookParts.recorder(heldBySchool) ? counts.get(EntryStatus.RETURNED) : 0;
    }

    private void requireAcceptable(Locked locked, EntryContent content, UUID except) {
        AgreementDetails agreement = locked.agreement();
        LogbookRules.requireAcceptable(
                content,
                agreement.content().startDate(),
                agreement.content().endDate(),
                OfferTerms.today(clock),
                logbooks.hoursOfDay(agreement.placementId(), content.date(), except == null ? new UUID(0, 0) : except),
                agreement.content().objectiveItemIds());
    }

    private LogbookEntry entry(UUID placementId, UUID entryId) {
        return logbooks.entry(placementId, entryId).orElseThrow(() -> entryNotFound(entryId));
    }

    /** The placement locked, ACTIVE, the requester the party that plays {@code part} in its logbook. */
    private Locked lock(UUID placementId, Requester requester, Part part) {
        PlacementAccess access = placements.lockForWork(placementId, requester);
        boolean heldBySchool = access.placement().heldBySchool();
        PlacementParty needed =
                part == Part.RECORDER ? LogbookParts.recorder(heldBySchool) : LogbookParts.approver(heldBySchool);
        if (access.audience().party().filter(needed::equals).isEmpty()) {
            throw new DomainException(
                    PlatformProblems.FORBIDDEN,
                    "In this placement's logbook the " + needed.name().toLowerCase(java.util.Locale.ROOT)
                            + (part == Part.RECORDER ? " records entries" : " approves or returns entries"));
        }
        if (access.placement().status() != PlacementStatus.ACTIVE) {
            throw new DomainException(
                            LogbookProblems.PLACEMENT_NOT_ACTIVE,
                            "Placement " + placementId + " is "
                                    + access.placement().status() + "; its logbook is kept only while it is ACTIVE")
                    .with("placementStatus", access.placement().status().name());
        }
        AuditActor actor = AuditActor.of(needed, requester.subject());
        return new Locked(access, actor, agreements.agreedTerms(placementId));
    }

    private void record(Locked locked, LogbookEntry entry, AuditAction action, Instant at) {
        LogbookEntryDetails details = entry.details();
        audit.record(
                details.placementId(),
                at,
                locked.actor(),
                action,
                PlacementStatus.ACTIVE,
                null,
                List.of(
                        AuditChange.of("entryId", null, details.id()),
                        AuditChange.of("hours", null, details.content().hours().toPlainString())));
    }

    static DomainException entryNotFound(UUID entryId) {
        return DomainException.notFound("No logbook entry " + entryId + " in this placement");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private enum Part {
        RECORDER,
        APPROVER
    }

    private record Locked(PlacementAccess access, AuditActor actor, AgreementDetails agreement) {}
}
