package vn.practica.placement.agreement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import vn.practica.placement.offer.OfferTerms;
import vn.practica.placement.placement.AuditAction;
import vn.practica.placement.placement.AuditActor;
import vn.practica.placement.placement.AuditChange;
import vn.practica.placement.placement.PlacementAccess;
import vn.practica.placement.placement.PlacementAuditService;
import vn.practica.placement.placement.PlacementParty;
import vn.practica.placement.placement.PlacementProgressService;
import vn.practica.placement.placement.PlacementStatus;
import vn.practica.placement.placement.Requester;
import vn.practica.platform.http.IfMatch;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.PlatformProblems;
import vn.practica.platform.problem.Problem.FieldError;

/**
 * Changes and confirmations of agreements by the placement's three parties, each against the version it read,
 * while the placement is PROPOSED. A change takes the next version and clears the others' confirmations; the
 * confirmation that completes the three makes the placement AGREED, in the same transaction. Each is audited.
 */
@ApplicationScoped
@Transactional
public class AgreementService {
    private final PlacementProgressService placements;
    private final AgreementRepository agreements;
    private final AgreementViews views;
    private final AgreementReferences references;
    private final PlacementAuditService audit;
    private final Clock clock = Clock.systemUTC();

    AgreementService(
            PlacementProgressService placements,
            AgreementRepository agreements,
            AgreementViews views,
            AgreementReferences references,
            PlacementAuditService audit) {
        this.placements = placements;
        this.agreements = agreements;
        this.views = views;
        this.references = references;
        this.audit = audit;
    }

    /**
     * A party changes the agreement; the same content again changes nothing (no new version, nothing audited).
     * The school alone names the supervisor and adds objectives, the business alone names the mentor.
     */
    public AgreementView reviseAgreement(
            UUID placementId, Requester requester, AgreementEdit edit, OptionalLong expectedVersion) {
        Locked locked = lock(placementId, requester);
        AgreementRules.requireMayEdit(locked.party(), edit);
        IfMatch.requireCurrent(
                "The agreement of placement " + placementId, locked.agreement().version(), expectedVersion);
        AgreementContent current = locked.agreement().content();
        AgreementContent next = edit.applyTo(current);
        List<FieldError> problems =
                new ArrayList<>(AgreementRules.contentProblems(next, current, OfferTerms.today(clock)));
        problems.addAll(references.problems(edit, locked.access().placement()));
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        AgreementRules.requireHours(next, views.model(locked.agreement().details()));
        Instant now = now();
        List<AgreementSlot> confirmedBefore = confirmedSlots(locked.agreement());
        if (locked.agreement().revise(next, locked.slots(), now)) {
            List<AuditChange> changes = new ArrayList<>(AgreementChanges.between(current, next));
            List<AgreementSlot> confirmedAfter = confirmedSlots(locked.agreement());
            if (!confirmedAfter.equals(confirmedBefore)) {
                changes.add(AuditChange.of("confirmedBy", confirmedBefore, confirmedAfter));
            }
            record(locked, AuditAction.AGREEMENT_CHANGED, changes, now);
        }
        return views.view(locked.agreement().details(), locked.access());
    }

    /**
     * A party confirms the version it read, which must be the current one ({@code *} is not enough: a
     * confirmation names what it binds). The last of the three makes the placement AGREED from the agreed start
     * day on.
     */
    public AgreementView confirmAgreement(UUID placementId, Requester requester, OptionalLong expectedVersion) {
        if (expectedVersion.isEmpty()) {
            throw new DomainException(
                    PlatformProblems.IF_MATCH_REQUIRED,
                    "Confirm with If-Match naming the version you read, such as \"3\"; * confirms nothing");
        }
        Locked locked = lock(placementId, requester);
        Agreement agreement = locked.agreement();
        IfMatch.requireCurrent("The agreement of placement " + placementId, agreement.version(), expectedVersion);
        AgreementRules.requireComplete(agreement.content());
        AgreementRules.requireHours(agreement.content(), views.model(agreement.details()));
        Instant now = now();
        if (agreement.confirm(locked.slots(), locked.actor().subject(), now)) {
            record(locked, AuditAction.AGREEMENT_CONFIRMED, List.of(), now);
            if (agreement.confirmedByAll()) {
                var agreed = placements.agreePlacement(
                        placementId, agreement.content().startDate(), locked.actor(), agreement.version());
                return views.view(
                        agreement.details(),
                        new PlacementAccess(agreed, locked.access().audience()));
            }
        }
        return views.view(agreement.details(), locked.access());
    }

    private static List<AgreementSlot> confirmedSlots(Agreement agreement) {
        return agreement.confirmations().entrySet().stream()
                .filter(entry -> entry.getValue() != null)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The placement locked, the requester a party to it, its agreement open to changes. */
    private Locked lock(UUID placementId, Requester requester) {
        PlacementAccess access = placements.lockForAgreement(placementId, requester);
        PlacementParty party = access.audience()
                .party()
                .orElseThrow(() -> new DomainException(
                        PlatformProblems.FORBIDDEN, "The State reads agreements; only the parties change them"));
        if (access.placement().status() != PlacementStatus.PROPOSED) {
            throw new DomainException(
                            AgreementProblems.NOT_EDITABLE,
                            "Placement " + placementId + " is "
                                    + access.placement().status() + "; its agreement changes only while it is PROPOSED")
                    .with("placementStatus", access.placement().status().name());
        }
        Agreement agreement = agreements.byPlacementId(placementId).orElseThrow();
        Set<AgreementSlot> slots = AgreementSlot.of(party, access.placement().heldBySchool());
        return new Locked(access, party, slots, AuditActor.of(party, requester.subject()), agreement);
    }

    private void record(Locked locked, AuditAction action, List<AuditChange> changes, Instant at) {
        audit.record(
                locked.access().placement().id(),
                at,
                locked.actor(),
                action,
                PlacementStatus.PROPOSED,
                locked.agreement().version(),
                changes);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private record Locked(
            PlacementAccess access,
            PlacementParty party,
            Set<AgreementSlot> slots,
            AuditActor actor,
            Agreement agreement) {}
}
