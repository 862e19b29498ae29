package vn.practica.placement.matching;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.hibernate.Session;
import vn.practica.placement.application.MatchedApplicationService;
import vn.practica.placement.application.MatchedApplicationService.MatchedStudent;
import vn.practica.placement.offer.OfferSeatService;
import vn.practica.placement.offer.OfferTerms;
import vn.practica.placement.placement.MatchedPlacementService;
import vn.practica.placement.placement.MatchedPlacementService.Match;

/**
 * Writes a fixed result's placements, whole offers at a time in groups of about {@code placing-group} students,
 * each group in a transaction of its own on one of {@code placing-threads} threads: the database's work per match
 * (rows, their indexes, foreign-key checks) is what bounds a national round, and two connections share it out over
 * two cores. Each group's events are published as soon as it commits. A group first claims its offers in
 * {@code round_offer_result}; finding one claimed already (a run given up while still alive) fails the run
 * rather than write an offer twice.
 */
@ApplicationScoped
class RoundPlacer {
    private final EntityManager em;
    private final OfferSeatService offers;
    private final MatchedApplicationService applications;
    private final MatchedPlacementService placements;
    private final MatchingConfig config;
    private final ExecutorService threads;

    RoundPlacer(
            EntityManager em,
            OfferSeatService offers,
            MatchedApplicationService applications,
            MatchedPlacementService placements,
            MatchingConfig config) {
        this.em = em;
        this.offers = offers;
        this.applications = applications;
        this.placements = placements;
        this.config = config;
        AtomicInteger number = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(config.placingThreads(), task -> {
            Thread thread = new Thread(task, "round-place-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Writes them all, or stops at the first group that fails (the groups already committed stay, the rest are
     * left for the next run) and throws its failure; {@code placed} hears the count written so far, increasing.
     */
    void place(UUID roundId, RoundPlacements todo, Instant now, IntConsumer placed) {
        Placing placing = new Placing(roundId, todo, todo.groups(config.placingGroup()), now, placed);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < Math.min(config.placingThreads(), placing.groups.size()); t++) {
            workers.add(threads.submit(placing::work));
        }
        awaitAll(workers);
    }

    /** Offers {@code group[0]} to {@code group[1]} (exclusive): claimed, then their applications and placements. */
    private void placeGroup(UUID roundId, RoundPlacements todo, int[] group, Instant now) {
        UUID[] offerIds = Arrays.copyOfRange(todo.offerIds, group[0], group[1]);
        claim(roundId, offerIds);
        Map<UUID, OfferTerms> terms = offers.findTerms(Arrays.asList(offerIds));
        int from = todo.offerStart[group[0]];
        int to = todo.offerStart[group[1]];
        List<MatchedStudent> matched = new ArrayList<>(to - from);
        for (int k = group[0]; k < group[1]; k++) {
            OfferTerms offer = terms.get(todo.offerIds[k]);
            for (int i = todo.offerStart[k]; i < todo.offerStart[k + 1]; i++) {
                matched.add(new MatchedStudent(offer, todo.studentIds[i], todo.schoolIds[i]));
            }
        }
        List<UUID> applicationIds = applications.acceptMatched(roundId, matched, now);
        List<Match> matches = new ArrayList<>(matched.size());
        for (int i = from; i < to; i++) {
            MatchedStudent student = matched.get(i - from);
            matches.add(new Match(
                    student.offer(),
                    applicationIds.get(i - from),
                    todo.placementIds[i],
                    todo.studentIds[i],
                    todo.pseudonyms[i],
                    todo.schoolIds[i],
                    todo.emails[i]));
        }
        placements.proposeMatched(roundId, matches, now);
    }

    private void claim(UUID roundId, UUID[] offerIds) {
        int claimed = em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement update = c.prepareStatement("update round_offer_result set placed_at = now()"
                    + " where round_id = ? and offer_id = any(?) and placed_at is null")) {
                update.setObject(1, roundId);
                update.setArray(2, c.createArrayOf("uuid", offerIds));
                return update.executeUpdate();
            }
        });
        if (claimed != offerIds.length) {
            throw new IllegalStateException("another run of round " + roundId + " placed " + (offerIds.length - claimed)
                    + " of these offers meanwhile: " + Arrays.toString(offerIds));
        }
    }

    private static void awaitAll(List<Future<?>> workers) {
        RuntimeException failure = null;
        for (Future<?> worker : workers) {
            try {
                worker.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while placing", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        threads.shutdownNow();
    }

    /** One run's groups, shared by the threads writing them: each takes the next until none is left or one failed. */
    private final class Placing {
        private final UUID roundId;
        private final RoundPlacements todo;
        private final List<int[]> groups;
        private final Instant now;
        private final IntConsumer placed;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicBoolean failed = new AtomicBoolean();
        private int total;

        Placing(UUID roundId, RoundPlacements todo, List<int[]> groups, Instant now, IntConsumer placed) {
            this.roundId = roundId;
            this.todo = todo;
            this.groups = groups;
            this.now = now;
            this.placed = placed;
        }

        void work() {
            for (int g = next.getAndIncrement(); g < groups.size() && !failed.get(); g = next.getAndIncrement()) {
                int[] group = groups.get(g);
                try {
                    QuarkusTransaction.requiringNew().run(() -> placeGroup(roundId, todo, group, now));
                } catch (RuntimeException e) {
                    failed.set(true);
                    throw e;
                }
                done(todo.offerStart[group[1]] - todo.offerStart[group[0]]);
            }
        }

        /** Reports the running total; one thread at a time, so it never goes back. */
        private synchronized void done(int students) {
            total += students;
            placed.accept(total);
        }
    }
}
