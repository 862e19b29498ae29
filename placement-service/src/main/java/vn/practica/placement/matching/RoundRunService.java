package vn.practica.placement.matching;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import vn.practica.placement.placement.Requester;
import vn.practica.platform.id.TimeOrderedIds;
import vn.practica.platform.problem.DomainException;

/**
 * Starts runs and reports on them. A start is refused while another run of the round is RUNNING anywhere (the
 * round's row lock orders concurrent starts; a unique index backs it up); a run whose instance died is given up
 * after the heartbeat timeout, and the round runs again. Each instance carries out its runs one at a time on
 * its own thread, outside the request.
 */
@ApplicationScoped
public class RoundRunService {
    /** Names this instance in the runs it owns, for operators reading the table. */
    private static final String OWNER = ManagementFactory.getRuntimeMXBean().getName();

    private final MatchingRoundService rounds;
    private final RoundRunRepository runs;
    private final RoundRunner runner;
    private final MatchingConfig config;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "round-run");
        thread.setDaemon(true);
        return thread;
    });
    private final Clock clock = Clock.systemUTC();

    RoundRunService(MatchingRoundService rounds, RoundRunRepository runs, RoundRunner runner, MatchingConfig config) {
        this.rounds = rounds;
        this.runs = runs;
        this.runner = runner;
        this.config = config;
    }

    /** The organizer starts a run of a round whose ranking has ended; it proceeds in the background. */
    public RoundRunStatus start(UUID roundId, Requester requester) {
        UUID runId = TimeOrderedIds.next();
        RoundRunStatus run = QuarkusTransaction.requiringNew().call(() -> {
            rounds.visible(roundId, requester);
            rounds.closeForRun(roundId, requester);
            Instant now = clock.instant();
            runs.abandonStale(roundId, RoundRunRepository.staleBefore(now, config.heartbeatTimeout()));
            runs.running(roundId).ifPresent(other -> {
                throw new DomainException(
                                RoundProblems.RUN_IN_PROGRESS,
                                "Run " + other.id() + " of round " + roundId + " is running")
                        .with("runId", other.id().toString());
            });
            runs.insert(runId, roundId, requester.subject(), OWNER, now);
            return runs.byId(roundId, runId).orElseThrow();
        });
        executor.submit(() -> runner.run(runId, roundId));
        return run;
    }

    @Transactional
    public RoundRunStatus read(UUID roundId, UUID runId, Requester requester) {
        rounds.visible(roundId, requester);
        return runs.byId(roundId, runId)
                .orElseThrow(() -> DomainException.notFound("No run " + runId + " of round " + roundId));
    }

    @Transactional
    public List<RoundRunStatus> list(UUID roundId, Requester requester) {
        rounds.visible(roundId, requester);
        return runs.ofRound(roundId);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        executor.shutdownNow();
    }
}
