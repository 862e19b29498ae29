package vn.practica.placement.matching;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import vn.practica.events.placement.RoundEventData;
import vn.practica.placement.coverage.CompetencyCoverageService;
import vn.practica.placement.matching.algorithm.DeferredAcceptance;
import vn.practica.placement.matching.algorithm.Matching;
import vn.practica.placement.matching.algorithm.StabilityVerifier;
import vn.practica.placement.matching.algorithm.StudentProjectAllocation;
import vn.practica.platform.outbox.Outbox;
import vn.practica.platform.problem.DomainException;

/**
 * Carries out one run in one transaction, holding the round's and its offers' locks: reads the inputs, matches,
 * checks the result with the independent verifier, writes it. A crash or failure anywhere rolls everything
 * back, so the round stays CLOSED and runs again to the same result (same inputs, same seed). Progress goes out
 * in short transactions of its own.
 */
@ApplicationScoped
class RoundRunner {
    private static final Logger LOG = Logger.getLogger(RoundRunner.class);

    private final EntityManager em;
    private final RoundRunRepository runs;
    private final RoundResultWriter writer;
    private final CompetencyCoverageService coverage;
    private final MatchingRoundRepository rounds;
    private final MatchingConfig config;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    RoundRunner(
            EntityManager em,
            RoundRunRepository runs,
            RoundResultWriter writer,
            CompetencyCoverageService coverage,
            MatchingRoundRepository rounds,
            MatchingConfig config,
            Outbox outbox) {
        this.em = em;
        this.runs = runs;
        this.writer = writer;
        this.coverage = coverage;
        this.rounds = rounds;
        this.config = config;
        this.outbox = outbox;
    }

    /** Runs it on the calling thread; failures end up in the run's row, never thrown. */
    void run(UUID runId, UUID roundId) {
        try {
            QuarkusTransaction.requiringNew()
                    .timeout((int) config.runTimeout().toSeconds())
                    .run(() -> runInTransaction(runId, roundId));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Run %s of round %s failed", runId, roundId);
            runs.failed(runId, e instanceof DomainException ? e.getMessage() : "the run failed: " + e);
        }
    }

    private void runInTransaction(UUID runId, UUID roundId) {
        runs.progress(runId, RunPhase.LOADING, 1);
        MatchingRound round = em.find(MatchingRound.class, roundId, LockModeType.PESSIMISTIC_WRITE);
        round.requireRunnable();
        long seed = round.seed();
        RoundInputs inputs = em.unwrap(Session.class)
                .doReturningWork(c -> RoundInputs.load(c, roundId, seed, coverage::coveredItems));
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
        runs.progress(runId, RunPhase.PERSISTING, 40);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        writer.write(
                roundId,
                runId,
                inputs,
                result,
                now,
                percent -> runs.progress(runId, RunPhase.PERSISTING, 40 + percent * 59 / 100));
        MatchingRound matched = em.find(MatchingRound.class, roundId);
        String algorithm =
                inputs.businessWide() ? MatchingRound.STUDENT_PROJECT_ALLOCATION : MatchingRound.DEFERRED_ACCEPTANCE;
        matched.matched(algorithm, result.fingerprint(), now);
        var summary = new RoundEventData.Summary(
                inputs.studentCount(),
                inputs.choiceCount(),
                inputs.seats(),
                result.assignedCount(),
                algorithm,
                result.fingerprint());
        outbox.append(RoundEvents.matched(matched, inputs.offerIds.length, summary));
        runs.succeeded(runId, result.assignedCount(), result.fingerprint());
    }
}
