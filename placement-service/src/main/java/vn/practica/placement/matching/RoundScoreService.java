package vn.practica.placement.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.practica.placement.placement.Requester;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.PlatformProblems;
import vn.practica.platform.problem.Problem.FieldError;

/**
 * What a business brings to a round besides its offers: its own scores of the students who ranked an offer
 * (the first part of the offer's priority, docs/matching.md) and a mentoring capacity across all its offers (the
 * student-project allocation form). Both are inputs of the next run: written under the round's shared lock, so a
 * run (which locks it exclusively) sees them whole, and refused once the round is matched or while a run runs.
 */
@ApplicationScoped
public class RoundScoreService {
    private final EntityManager em;
    private final MatchingRoundService rounds;
    private final RoundRunRepository runs;

    RoundScoreService(EntityManager em, MatchingRoundService rounds, RoundRunRepository runs) {
        this.em = em;
        this.rounds = rounds;
        this.runs = runs;
    }

    /** The students who ranked the business's offer, by id, with the score it gave them (null when none). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RoundCandidate> candidates(
            UUID roundId, UUID offerId, Requester requester, Optional<UUID> after, int limit) {
        rounds.visible(roundId, requester);
        requireOwnOffer(roundId, offerId, requester);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.id, s.school_id, s.program_sourced_id, s.year_of_study,"
                        + " s.given_name, s.family_name, sc.score from round_preference p"
                        + " join student s on s.id = p.student_id left join round_score sc on sc.round_id = p.round_id"
                        + " and sc.offer_id = cast(?2 as uuid) and sc.student_id = p.student_id"
                        + " where p.round_id = ?1 and cast(?2 as uuid) = any(p.offer_ids) and p.student_id > ?3"
                        + " order by p.student_id limit ?4")
                .setParameter(1, roundId)
                .setParameter(2, offerId)
                .setParameter(3, after.orElse(new UUID(0L, 0L)))
                .setParameter(4, limit)
                .getResultList();
        return rows.stream().map(RoundScoreService::candidate).toList();
    }

    /**
     * Replaces the business's scores for its offer with {@code scores}: every student named must have ranked the
     * offer, once; otherwise nothing is written and each bad entry is named.
     */
    @Transactional
    public ScoresRequest.Stored replaceScores(
            UUID roundId, UUID offerId, Requester requester, List<ScoresRequest.Entry> scores) {
        lockForInputs(roundId, requester);
        lockOwnOffer(roundId, offerId, requester);
        List<UUID> students =
                scores.stream().map(ScoresRequest.Entry::studentId).toList();
        requireCandidates(roundId, offerId, students);
        em.createNativeQuery("delete from round_score where round_id = ?1 and offer_id = ?2")
                .setParameter(1, roundId)
                .setParameter(2, offerId)
                .executeUpdate();
        if (!scores.isEmpty()) {
            em.createNativeQuery("insert into round_score (round_id, offer_id, student_id, score)"
                            + " select ?1, ?2, s, v from unnest(?3, ?4) as t (s, v)")
                    .setParameter(1, roundId)
                    .setParameter(2, offerId)
                    .setParameter(3, students.toArray(UUID[]::new))
                    .setParameter(
                            4,
                            scores.stream()
                                    .mapToInt(s -> RoundScores.millionths(s.score()))
                                    .toArray())
                    .executeUpdate();
        }
        return new ScoresRequest.Stored(offerId, scores.size());
    }

    /** The business's mentoring capacity in the round, with its offers and their seats there. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CapacityRequest.Current capacity(UUID roundId, UUID businessId, Requester requester) {
        MatchingRound round = rounds.visible(roundId, requester);
        boolean organizer = round.organizerId().map(requester::actsForSchool).orElse(requester.state());
        if (!organizer && !requester.state() && !requester.actsForBusiness(businessId)) {
            throw new DomainException(
                    PlatformProblems.FORBIDDEN, "Only the business, the organizer and the State read its capacity");
        }
        return readCapacity(roundId, businessId);
    }

    /** Sets (a number) or lifts (empty) the business's capacity across its offers in the round. */
    @Transactional
    public CapacityRequest.Current setCapacity(
            UUID roundId, UUID businessId, Requester requester, Optional<Integer> capacity) {
        lockForInputs(roundId, requester);
        if (!requester.actsForBusiness(businessId)) {
            throw new DomainException(PlatformProblems.FORBIDDEN, "A business sets only its own capacity");
        }
        CapacityRequest.Current current = readCapacity(roundId, businessId);
        if (capacity.isEmpty()) {
            em.createNativeQuery("delete from round_business_capacity where round_id = ?1 and business_id = ?2")
                    .setParameter(1, roundId)
                    .setParameter(2, businessId)
                    .executeUpdate();
        } else {
            em.createNativeQuery("insert into round_business_capacity (round_id, business_id, capacity)"
                            + " values (?1, ?2, ?3) on conflict (round_id, business_id) do update"
                            + " set capacity = excluded.capacity")
                    .setParameter(1, roundId)
                    .setParameter(2, businessId)
                    .setParameter(3, capacity.get())
                    .executeUpdate();
        }
        return new CapacityRequest.Current(businessId, capacity.orElse(null), current.offers(), current.seats());
    }

    private CapacityRequest.Current readCapacity(UUID roundId, UUID businessId) {
        Object[] row = (Object[]) em.createNativeQuery("select count(*), coalesce(sum(o.seats - o.seats_taken), 0),"
                        + " (select c.capacity from round_business_capacity c where c.round_id = ?1"
                        + " and c.business_id = ?2) from round_offer ro join offer o on o.id = ro.offer_id"
                        + " where ro.round_id = ?1 and ro.business_id = ?2")
                .setParameter(1, roundId)
                .setParameter(2, businessId)
                .getSingleResult();
        int offers = ((Number) row[0]).intValue();
        if (offers == 0) {
            throw DomainException.notFound("Business " + businessId + " has no offer in round " + roundId);
        }
        Integer capacity = row[2] == null ? null : ((Number) row[2]).intValue();
        return new CapacityRequest.Current(businessId, capacity, offers, ((Number) row[1]).longValue());
    }

    /** The round, share-locked, still taking a business's inputs: not matched and no run running. */
    private void lockForInputs(UUID roundId, Requester requester) {
        rounds.visible(roundId, requester);
        runs.running(roundId).ifPresent(run -> {
            throw new DomainException(RoundProblems.RUN_IN_PROGRESS, "Round " + roundId + " is being run")
                    .with("runId", run.id().toString());
        });
        rounds.lockShared(roundId).requireRunnable();
    }

    private void requireOwnOffer(UUID roundId, UUID offerId, Requester requester) {
        requireOwnOffer(roundId, offerId, requester, "");
    }

    /**
     * Locks the offer's row in the round until the transaction ends: two replacements of one offer's scores at once
     * take turns, the later replacing the earlier, instead of the later failing on the scores' key.
     */
    private void lockOwnOffer(UUID roundId, UUID offerId, Requester requester) {
        requireOwnOffer(roundId, offerId, requester, " for update");
    }

    private void requireOwnOffer(UUID roundId, UUID offerId, Requester requester, String lock) {
        List<?> owner = em.createNativeQuery(
                        "select business_id from round_offer where round_id = ?1 and offer_id = ?2" + lock)
                .setParameter(1, roundId)
                .setParameter(2, offerId)
                .getResultList();
        if (owner.isEmpty() || !requester.actsForBusiness((UUID) owner.get(0))) {
            throw DomainException.notFound("No offer " + offerId + " of yours in round " + roundId);
        }
    }

    private void requireCandidates(UUID roundId, UUID offerId, List<UUID> students) {
        @SuppressWarnings("unchecked")
        Set<UUID> ranked = new HashSet<>(em.createNativeQuery("select student_id from round_preference"
                        + " where round_id = ?1 and student_id = any(?3) and cast(?2 as uuid) = any(offer_ids)")
                .setParameter(1, roundId)
                .setParameter(2, offerId)
                .setParameter(3, students.toArray(UUID[]::new))
                .getResultList());
        List<FieldError> errors = new ArrayList<>();
        Map<UUID, Integer> seen = new HashMap<>();
        for (int i = 0; i < students.size(); i++) {
            UUID student = students.get(i);
            Integer first = seen.putIfAbsent(student, i);
            if (first != null) {
                errors.add(new FieldError(
                        "scores[" + i + "].studentId", "duplicate-student: scored already at scores[" + first + "]"));
            } else if (!ranked.contains(student)) {
                errors.add(new FieldError(
                        "scores[" + i + "].studentId", "not-a-candidate: the student did not rank this offer"));
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException(
                    RoundProblems.INVALID_SCORES,
                    errors.size() + " score(s) name students that cannot be scored; nothing was written",
                    errors.subList(0, Math.min(errors.size(), RoundLimits.MAX_ROW_ERRORS)));
        }
    }

    private static RoundCandidate candidate(Object[] r) {
        return new RoundCandidate(
                (UUID) r[0],
                (UUID) r[1],
                (String) r[2],
                ((Number) r[3]).intValue(),
                (String) r[4],
                (String) r[5],
                r[6] == null ? null : RoundScores.percent(((Number) r[6]).intValue()));
    }
}
