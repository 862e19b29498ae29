package vn.practica.placement.matching;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.practica.events.placement.RoundEventData.Summary;

/**
 * Runs of rounds, in their own short transactions so that progress shows while the run's own are open. At most one
 * RUNNING run per round (a unique index); a run whose instance stopped beating its heart is given up. Also what a
 * run reads of the round's fixed result.
 */
@ApplicationScoped
class RoundRunRepository {
    private static final String COLUMNS = "id, round_id, status, phase, percent, students, offers, choices, matched,"
            + " fingerprint, error, started_at, heartbeat_at, finished_at";

    private final EntityManager em;

    RoundRunRepository(EntityManager em) {
        this.em = em;
    }

    /** In the caller's transaction: gives up a RUNNING run not heard from since {@code staleBefore}. */
    void abandonStale(UUID roundId, Instant staleBefore) {
        em.createNativeQuery("update round_run set status = 'FAILED', finished_at = now(),"
                        + " error = 'its instance stopped before it finished; the next run goes on from what it"
                        + " committed'"
                        + " where round_id = ?1 and status = 'RUNNING' and heartbeat_at < ?2")
                .setParameter(1, roundId)
                .setParameter(2, staleBefore)
                .executeUpdate();
    }

    Optional<RoundRunStatus> running(UUID roundId) {
        return list("where round_id = ?1 and status = 'RUNNING'", roundId).stream()
                .findFirst();
    }

    /** In the caller's transaction. */
    void insert(UUID id, UUID roundId, String startedBy, String owner, Instant now) {
        em.createNativeQuery("insert into round_run (id, round_id, status, phase, percent, started_by, owner,"
                        + " started_at, heartbeat_at) values (?1, ?2, 'RUNNING', 'QUEUED', 0, ?3, ?4, ?5, ?5)")
                .setParameter(1, id)
                .setParameter(2, roundId)
                .setParameter(3, startedBy)
                .setParameter(4, owner)
                .setParameter(5, now)
                .executeUpdate();
    }

    /** Reports progress at once, in a transaction of its own. */
    void progress(UUID id, RunPhase phase, int percent) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update round_run set phase = ?2,"
                                + " percent = ?3, heartbeat_at = now() where id = ?1 and status = 'RUNNING'")
                        .setParameter(1, id)
                        .setParameter(2, phase.name())
                        .setParameter(3, percent)
                        .executeUpdate());
    }

    void counts(UUID id, int students, int offers, int choices) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update round_run set students = ?2,"
                                + " offers = ?3, choices = ?4, heartbeat_at = now() where id = ?1")
                        .setParameter(1, id)
                        .setParameter(2, students)
                        .setParameter(3, offers)
                        .setParameter(4, choices)
                        .executeUpdate());
    }

    /** In the run's transaction, so that the run succeeds exactly when its result commits. */
    void succeeded(UUID id, int matched, String fingerprint) {
        em.createNativeQuery("update round_run set status = 'SUCCEEDED', phase = 'DONE', percent = 100,"
                        + " matched = ?2, fingerprint = ?3, finished_at = now(), heartbeat_at = now() where id = ?1")
                .setParameter(1, id)
                .setParameter(2, matched)
                .setParameter(3, fingerprint)
                .executeUpdate();
    }

    void failed(UUID id, String error) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update round_run set status = 'FAILED',"
                                + " error = ?2, finished_at = now() where id = ?1 and status = 'RUNNING'")
                        .setParameter(1, id)
                        .setParameter(2, error.length() > 1000 ? error.substring(0, 1000) : error)
                        .executeUpdate());
    }

    /** In the caller's transaction: the summary of the round's result, once a run has fixed it. */
    Optional<Summary> fixedResult(UUID roundId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select students, choices, seats, matched, algorithm, fingerprint"
                        + " from round_result where round_id = ?1")
                .setParameter(1, roundId)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new Summary(
                        ((Number) r[0]).intValue(),
                        ((Number) r[1]).intValue(),
                        ((Number) r[2]).intValue(),
                        ((Number) r[3]).intValue(),
                        (String) r[4],
                        (String) r[5]));
    }

    /** The offers of the round's fixed result. */
    int offerCount(UUID roundId) {
        return count("select count(*) from round_offer_result where round_id = ?1", roundId);
    }

    /** The offers of the round's fixed result with students still to place. */
    int unplacedOffers(UUID roundId) {
        return count(
                "select count(*) from round_offer_result where round_id = ?1 and admitted > 0 and placed_at is null",
                roundId);
    }

    private int count(String sql, UUID roundId) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, roundId).getSingleResult()).intValue();
    }

    Optional<RoundRunStatus> byId(UUID roundId, UUID id) {
        return list("where round_id = ?1 and id = ?2", roundId, id).stream().findFirst();
    }

    List<RoundRunStatus> ofRound(UUID roundId) {
        return list("where round_id = ?1 order by started_at desc limit 20", roundId);
    }

    private List<RoundRunStatus> list(String where, Object... params) {
        var query = em.createNativeQuery("select " + COLUMNS + " from round_run " + where);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(RoundRunStatus::of).toList();
    }

    static Instant staleBefore(Instant now, Duration heartbeatTimeout) {
        return now.minus(heartbeatTimeout);
    }
}
