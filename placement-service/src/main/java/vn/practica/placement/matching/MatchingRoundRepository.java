package vn.practica.placement.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.Date;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.practica.placement.placement.ListPosition;

/**
 * Rounds and their offers. The round's offers are chosen from the offer table in one statement when it opens
 * (read only: the offers feature owns it), so that a national round of thousands of offers opens at once.
 */
@ApplicationScoped
class MatchingRoundRepository {
    /**
     * Which rounds a requester sees: the State every round; others the State's and those they take part in or
     * are invited to (a school's round lists its schools in round_school, the organizer included).
     */
    private static final String VISIBLE = "(?1 or r.organizer_kind = 'STATE'"
            + " or exists (select 1 from round_school rs where rs.round_id = r.id and rs.school_id = ?2)"
            + " or exists (select 1 from round_offer ro where ro.round_id = r.id and ro.business_id = ?3))";

    private final EntityManager em;

    MatchingRoundRepository(EntityManager em) {
        this.em = em;
    }

    void persist(MatchingRound round) {
        em.persist(round);
        em.flush();
    }

    Optional<MatchingRound> byId(UUID id) {
        return Optional.ofNullable(em.find(MatchingRound.class, id));
    }

    Optional<MatchingRound> byIdForUpdate(UUID id) {
        return locked(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The round locked in {@code mode}, its state read again under the lock: a request that read the round before
     * waiting (to check who may see it) must judge by what a close or a run committed meanwhile, not by its first read.
     */
    Optional<MatchingRound> locked(UUID id, LockModeType mode) {
        MatchingRound round = em.find(MatchingRound.class, id);
        if (round != null) {
            em.refresh(round, mode);
        }
        return Optional.ofNullable(round);
    }

    /**
     * Fixes the round's offers: those open now, taking students (internships, real projects), whose work starts in
     * the term, of the round's field and province if it names them, open to the students of one of its schools
     * (organizer and invited) if a school organizes it, and still taking applications on {@code today}. Returns how many.
     */
    int snapshotOffers(MatchingRound round, java.time.LocalDate today) {
        return em.createNativeQuery("insert into round_offer (round_id, offer_id, business_id)"
                        + " select ?1, o.id, o.business_id from offer o where o.status = 'OPEN'"
                        + " and o.contribution_kind in ('INTERNSHIP', 'REAL_PROJECT')"
                        + " and o.job_start_date between ?2 and ?3 and o.valid_through >= ?4"
                        + " and (cast(?5 as varchar) is null or o.field_code = ?5)"
                        + " and (cast(?6 as varchar) is null or o.province_code = ?6)"
                        + " and (cast(?7 as uuid) is null or cardinality(o.eligible_school_ids) = 0"
                        + "      or o.eligible_school_ids && array(select rs.school_id from round_school rs"
                        + "                                        where rs.round_id = ?1))")
                .setParameter(1, round.id())
                .setParameter(2, Date.valueOf(round.startsFrom()))
                .setParameter(3, Date.valueOf(round.startsUntil()))
                .setParameter(4, Date.valueOf(today))
                .setParameter(5, round.fieldCode().orElse(null))
                .setParameter(6, round.provinceCode().orElse(null))
                .setParameter(7, round.organizerId().orElse(null))
                .executeUpdate();
    }

    /** How many offers each of these rounds holds, in one query. */
    Map<UUID, Integer> offerCounts(Collection<UUID> roundIds) {
        if (roundIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select round_id, count(*) from round_offer" + " where round_id = any(?1) group by round_id")
                .setParameter(1, roundIds.toArray(UUID[]::new))
                .getResultList();
        Map<UUID, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.put((UUID) r[0], ((Number) r[1]).intValue()));
        return counts;
    }

    int offerCount(UUID roundId) {
        return ((Number) em.createNativeQuery("select count(*) from round_offer where round_id = ?1")
                        .setParameter(1, roundId)
                        .getSingleResult())
                .intValue();
    }

    boolean visibleTo(UUID roundId, RoundViewer viewer) {
        return !em.createNativeQuery("select 1 from matching_round r where r.id = ?4 and " + VISIBLE)
                .setParameter(1, viewer.state())
                .setParameter(2, viewer.schoolId())
                .setParameter(3, viewer.businessId())
                .setParameter(4, roundId)
                .getResultList()
                .isEmpty();
    }

    /** The rounds the requester sees, newest first, after the cursor's position. */
    List<MatchingRound> page(RoundViewer viewer, Optional<ListPosition> after, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("select r.id from matching_round r where " + VISIBLE
                        + " and (cast(?4 as timestamptz) is null or (r.created_at, r.id) < (?4, ?5))"
                        + " order by r.created_at desc, r.id desc limit ?6")
                .setParameter(1, viewer.state())
                .setParameter(2, viewer.schoolId())
                .setParameter(3, viewer.businessId())
                .setParameter(4, after.map(ListPosition::createdAt).orElse(null))
                .setParameter(5, after.map(ListPosition::id).orElse(null))
                .setParameter(6, limit)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "from MatchingRound where id in :ids order by createdAt desc, id desc", MatchingRound.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** The round's offers with their business, in offer id order (the order a run indexes them in). */
    List<RoundOffer> offers(UUID roundId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select ro.offer_id, ro.business_id, o.title, o.field_code,"
                        + " o.province_code, o.seats, o.seats_taken, o.job_start_date::text from round_offer ro"
                        + " join offer o on o.id = ro.offer_id where ro.round_id = ?1 order by ro.offer_id")
                .setParameter(1, roundId)
                .getResultList();
        return rows.stream().map(RoundOffer::of).toList();
    }
}
