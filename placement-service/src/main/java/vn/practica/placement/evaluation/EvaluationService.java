package vn.practica.placement.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.practica.placement.agreement.AgreementDetails;
import vn.practica.placement.agreement.AgreementReadService;
import vn.practica.placement.evaluation.Scores.LearnerScores;
import vn.practica.placement.evaluation.Scores.PlacementScores;
import vn.practica.placement.logbook.LogbookService;
import vn.practica.placement.placement.AuditAction;
import vn.practica.placement.placement.AuditActor;
import vn.practica.placement.placement.AuditChange;
import vn.practica.placement.placement.PlacementAccess;
import vn.practica.placement.placement.PlacementAuditService;
import vn.practica.placement.placement.PlacementCompletion.ItemMean;
import vn.practica.placement.placement.PlacementParty;
import vn.practica.placement.placement.PlacementProgressService;
import vn.practica.placement.placement.PlacementReadService;
import vn.practica.placement.placement.PlacementStatus;
import vn.practica.placement.placement.PlacementWorkRecorded;
import vn.practica.placement.placement.Requester;
import vn.practica.placement.reference.ReferenceDataService;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.PlatformProblems;

/**
 * Takes evaluations while a placement's window is open, each once and final, with the placement's row locked and
 * audited in the same transaction; a learner evaluation may complete the placement ({@link PlacementWorkRecorded},
 * observed synchronously). Also says what is due and what each evaluator's scores add up to.
 */
@ApplicationScoped
@Transactional
public class EvaluationService {
    private final PlacementProgressService placements;
    private final PlacementReadService reads;
    private final AgreementReadService agreements;
    private final LogbookService logbooks;
    private final ReferenceDataService reference;
    private final EvaluationRepository evaluations;
    private final PlacementAuditService audit;
    private final EvaluationConfig config;
    private final Event<PlacementWorkRecorded> workRecorded;
    private final Clock clock = Clock.systemUTC();

    EvaluationService(
            PlacementProgressService placements,
            PlacementReadService reads,
            AgreementReadService agreements,
            LogbookService logbooks,
            ReferenceDataService reference,
            EvaluationRepository evaluations,
            PlacementAuditService audit,
            EvaluationConfig config,
            Event<PlacementWorkRecorded> workRecorded) {
        this.placements = placements;
        this.reads = reads;
        this.agreements = agreements;
        this.logbooks = logbooks;
        this.reference = reference;
        this.evaluations = evaluations;
        this.audit = audit;
        this.config = config;
        this.workRecorded = workRecorded;
    }

    /** The mentor or the supervisor scores the learner on every learning objective and area of the template. */
    public EvaluationsView evaluateLearner(UUID placementId, Requester requester, LearnerScores scores) {
        Locked locked = lock(placementId, requester, true);
        AgreementDetails agreement = locked.agreement();
        EvaluationRules.requireCoverage(scores, agreement.content().objectiveItemIds(), areaCodes(agreement));
        return submit(locked, requester, scores, null);
    }

    /** The student scores the placement: mentoring quality, learning value, workload. */
    public EvaluationsView evaluatePlacement(UUID placementId, Requester requester, PlacementScores scores) {
        return submit(lock(placementId, requester, false), requester, null, scores);
    }

    /**
     * The mean score of each learning objective once every evaluation of the learner is in (for a school's course,
     * the school's); empty while one is missing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<List<ItemMean>> learnerMeans(UUID placementId, boolean heldBySchool) {
        List<EvaluationRecord> submitted = evaluations.ofPlacement(placementId);
        Set<Evaluator> given =
                submitted.stream().map(EvaluationRecord::evaluator).collect(Collectors.toSet());
        if (!given.containsAll(Evaluator.ofTheLearner(heldBySchool))) {
            return Optional.empty();
        }
        List<LearnerScores> scores = submitted.stream()
                .filter(e -> e.evaluator().scoresLearner())
                .map(EvaluationRecord::learnerScores)
                .toList();
        return Optional.of(EvaluationRules.means(
                scores, agreements.agreedTerms(placementId).content().objectiveItemIds()));
    }

    /** Whether the asker's evaluation is due: their window open and their evaluation not yet given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isDue(PlacementAccess access) {
        Optional<Evaluator> own = own(access);
        if (own.isEmpty() || !evaluable(access.placement().status())) {
            return false;
        }
        UUID id = access.placement().id();
        if (window(id, agreements.agreedTerms(id)).state(clock.instant()) != EvaluationWindow.State.OPEN) {
            return false;
        }
        return evaluations.ofPlacement(id).stream().noneMatch(e -> e.evaluator() == own.get());
    }

    /** The placement's evaluations as the asker may read them (blind until their own or the window's close). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public EvaluationsView readEvaluations(PlacementAccess access) {
        UUID id = access.placement().id();
        AgreementDetails agreement = agreements.agreedTerms(id);
        return new EvaluationsView(
                access,
                window(id, agreement),
                clock.instant(),
                own(access),
                evaluations.ofPlacement(id),
                agreement.content().objectiveItemIds());
    }

    EvaluationWindow window(UUID placementId, AgreementDetails agreement) {
        return EvaluationWindow.of(
                logbooks.totalReachedAt(placementId), agreement.content().endDate(), config.windowDays());
    }

    private EvaluationsView submit(
            Locked locked, Requester requester, LearnerScores learner, PlacementScores placement) {
        UUID id = locked.access().placement().id();
        if (evaluations.ofPlacement(id).stream().anyMatch(e -> e.evaluator() == locked.evaluator())) {
            throw new DomainException(
                            EvaluationProblems.ALREADY_SUBMITTED,
                            "The " + locked.evaluator() + " evaluation of placement " + id + " is in: scores are final")
                    .with("evaluator", locked.evaluator().name());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        evaluations.insert(new EvaluationRecord(id, locked.evaluator(), requester.subject(), now, learner, placement));
        audit.record(
                id,
                now,
                locked.actor(),
                AuditAction.EVALUATION_SUBMITTED,
                locked.access().placement().status(),
                null,
                List.of(AuditChange.of("evaluator", null, locked.evaluator())));
        if (learner != null) {
            workRecorded.fire(
                    new PlacementWorkRecorded(id, locked.access().placement().heldBySchool(), locked.actor()));
        }
        // The placement as it is now: the submission may have completed it
        return readEvaluations(reads.findAccess(id, requester).orElseThrow());
    }

    /** The placement locked, ACTIVE or COMPLETED, its window open, the asker the evaluator of the kind asked. */
    private Locked lock(UUID placementId, Requester requester, boolean ofTheLearner) {
        PlacementAccess access = placements.lockForWork(placementId, requester);
        Evaluator evaluator = own(access)
                .filter(e -> e.scoresLearner() == ofTheLearner)
                .orElseThrow(() -> new DomainException(
                        PlatformProblems.FORBIDDEN,
                        ofTheLearner
                                ? "The business's mentor and the school's supervisor evaluate the learner"
                                : "The student evaluates the placement"));
        PlacementStatus status = access.placement().status();
        if (!evaluable(status)) {
            throw new DomainException(
                            EvaluationProblems.NOT_EVALUABLE,
                            "Placement " + placementId + " is " + status
                                    + "; only ACTIVE or COMPLETED ones are evaluated")
                    .with("placementStatus", status.name());
        }
        AgreementDetails agreement = agreements.agreedTerms(placementId);
        requireOpen(window(placementId, agreement));
        PlacementParty party = access.audience().party().orElseThrow();
        return new Locked(access, evaluator, AuditActor.of(party, requester.subject()), agreement);
    }

    private void requireOpen(EvaluationWindow window) {
        switch (window.state(clock.instant())) {
            case NOT_OPEN ->
                throw new DomainException(
                                EvaluationProblems.WINDOW_NOT_OPEN,
                                "Evaluations open when approved hours reach the agreed total or the end date passes")
                        .with("opensAt", window.opensAt().toString());
            case CLOSED ->
                throw new DomainException(
                                EvaluationProblems.WINDOW_CLOSED,
                                "The evaluation window closed at " + window.closesAt())
                        .with("closesAt", window.closesAt().toString());
            case OPEN -> {}
        }
    }

    private static Optional<Evaluator> own(PlacementAccess access) {
        return access.audience()
                .party()
                .flatMap(p -> Evaluator.of(p, access.placement().heldBySchool()));
    }

    private static boolean evaluable(PlacementStatus status) {
        return EnumSet.of(PlacementStatus.ACTIVE, PlacementStatus.COMPLETED).contains(status);
    }

    private List<String> areaCodes(AgreementDetails agreement) {
        return reference.evaluationAreas(agreement.cooperationModelCode(), agreement.cooperationModelVersion()).stream()
                .map(area -> area.code())
                .toList();
    }

    private record Locked(PlacementAccess access, Evaluator evaluator, AuditActor actor, AgreementDetails agreement) {}
}
