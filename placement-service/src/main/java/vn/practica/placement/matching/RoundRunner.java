package vn.practica.placement.matching;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import vn.practica.events.placement.RoundEventData.Summary;
import vn.practica.placement.coverage.CompetencyCoverageService;
import vn.practica.placement.matching.algorithm.DeferredAcceptance;
import vn.practica.placement.matching.algorithm.Matching;
import vn.practica.placement.matching.algorithm.StabilityVerifier;
import vn.practica.placement.matching.algorithm.StudentProjectAllocation;
import vn.practica.platform.outbox.Outbox;
import vn.practica.platform.problem.DomainException;

/**
 * Carries out one run. The first transaction, holding the round's lock, reads the inputs, matches, checks the result
 * with the independent verifier and fixes it (seats taken, outcomes, snapshot); a failure there rolls it all back
 * and the round runs again from the start. Then {@link RoundPlacer} writes the placements in short transactions
 * whose events go out at once, and a last one marks the round MATCHED and announces it. A run that stops after the
 * result is fixed leaves it fixed: the next run of the round (once this one's heartbeat is stale) writes the
 * offers not yet placed, from the stored result, to the same placements. Progress goes out in short transactions of
 * its own.
 */
@ApplicationScoped
class RoundRunner {
    private static final Logger LOG = Logger.getLogger(RoundRunner.class);

    private final EntityManager em;
    private final RoundRunRepository runs;
    private final RoundResultWriter writer;
    private final RoundPlacer placer;
    private final CompetencyCoverageService coverage;
    private final MatchingConfig config;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    RoundRunner(
            EntityManager em,
            RoundRunRepository runs,
            RoundResultWriter writer,
            RoundPlacer placer,
            CompetencyCoverageService coverage,
            MatchingConfig config,
            Outbox outbox) {
        this.em = em;
        this.runs = runs;
        this.writer = writer;
        this.placer = placer;
        this.coverage = coverage;
        this.config = config;
        this.outbox = outbox;
    }

    /** The result to announce and the placements still to write. */
    private record Fixed(Summary summary, RoundPlacements todo) {}

    /** Runs it on the calling thread; failures end up in the run's row, never thrown. */
    void run(UUID runId, UUID roundId) {
        try {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            Fixed fixed = QuarkusTransaction.requiringNew()
                    .timeout((int) config.runTimeout().toSeconds())
                    .call(() -> fixOrResume(runId, roundId, now));
            int matched = fixed.summary().matched();
            int placedBefore = matched - fixed.todo().size();
            runs.progress(runId, RunPhase.PERSISTING, percent(placedBefore, matched));
            placer.place(
                    roundId,
                    fixed.todo(),
                    now,
                    placed -> runs.progress(runId, RunPhase.PERSISTING, percent(placedBefore + placed, matched)));
            QuarkusTransaction.requiringNew()
                    .run(() -> finish(
                            runId, roundId, fixed.summary(), clock.instant().truncatedTo(ChronoUnit.MICROS)));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Run %s of round %s failed", runId, roundId);
            runs.failed(runId, describe(e));
        }
    }

    /** A domain refusal as it is; anything else by its innermost cause, which names what went wrong. */
    private static String describe(RuntimeException e) {
        if (e instanceof DomainException) {
            return e.getMessage();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "the run failed: " + root;
    }

    private static int percent(int placed, int matched) {
        return 40 + (matched == 0 ? 0 : (int) (59L * placed / matched));
    }

    private Fixed fixOrResume(UUID runId, UUID roundId, Instant now) {
        runs.progress(runId, RunPhase.LOADING, 1);
        MatchingRound round = em.find(MatchingRound.class, roundId, LockModeType.PESSIMISTIC_WRITE);
        round.requireRunnable();
        Optional<Summary> stored = runs.fixedResult(roundId);
        if (stored.isPresent()) {
            Summary summary = stored.get();
            runs.counts(runId, summary.students(), runs.offerCount(roundId), summary.choices());
            RoundPlacements todo = em.unwrap(Session.class).doReturningWork(c -> RoundPlacements.unplaced(c, roundId));
            LOG.infof(
                    "Run %s resumes round %s: %d of %d placements to write",
                    runId, roundId, todo.size(), summary.matched());
            return new Fixed(summary, todo);
        }
        RoundInputs inputs = em.unwrap(Session.class)
                .doReturningWork(c -> RoundInputs.load(c, roundId, round.seed(), coverage::coveredItems));
        runs.counts(runId, inputs.studentCount(), inputs.offerIds.length, inputs.choiceCount());
        runs.progress(runId, RunPhase.MATCHING, 30);
        var instance = inputs.instance();
        Matching result =
                inputs.businessWide() ? StudentProjectAllocation.match(instance) : DeferredAcceptance.match(instance);
        runs.progress(runId, RunPhase.VERIFYING, 35);
        int[] assigned = result.assignedOffers();
        var violation = inputs.businessWide()
                ? StabilityVerifier.verifyStudentProjectAllocation(instance, assigned)
                : StabilityVerifier.verifyCollegeAdmissions(instance, assigned);
        violation.ifPresent(v -> {
            throw new IllegalStateException("the result failed the stability check: " + v.description());
        });
        var summary = new Summary(
                inputs.studentCount(),
                inputs.choiceCount(),
                inputs.seats(),
                result.assignedCount(),
                inputs.businessWide() ? MatchingRound.STUDENT_PROJECT_ALLOCATION : MatchingRound.DEFERRED_ACCEPTANCE,
                result.fingerprint());
        return new Fixed(summary, writer.fix(roundId, runId, inputs, result, summary, now));
    }

    /** Every offer placed: the round is MATCHED, announced with the summary, and the run succeeded. */
    private void finish(UUID runId, UUID roundId, Summary summary, Instant now) {
        MatchingRound round = em.find(MatchingRound.class, roundId, LockModeType.PESSIMISTIC_WRITE);
        round.requireRunnable();
        int unplaced = runs.unplacedOffers(roundId);
        if (unplaced > 0) {
            throw new IllegalStateException(unplaced + " offers of round " + roundId + " are not placed yet");
        }
        round.matched(summary.algorithm(), summary.fingerprint(), now);
        outbox.append(RoundEvents.matched(round, runs.offerCount(roundId), summary));
        runs.succeeded(runId, summary.matched(), summary.fingerprint());
    }
}
