package vn.practica.placement.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.practica.placement.matching.RoundResults.ChoiceResult;
import vn.practica.placement.matching.RoundResults.OfferResult;
import vn.practica.placement.matching.RoundResults.Outcome;
import vn.practica.placement.matching.RoundResults.Priority;
import vn.practica.placement.matching.RoundResults.StudentResult;
import vn.practica.placement.matching.RoundResults.Verification;
import vn.practica.placement.matching.algorithm.ChoiceReason;
import vn.practica.placement.matching.algorithm.DeferredAcceptance;
import vn.practica.placement.matching.algorithm.Matching;
import vn.practica.placement.matching.algorithm.StabilityVerifier;
import vn.practica.placement.matching.algorithm.StudentProjectAllocation;
import vn.practica.placement.placement.Requester;
import vn.practica.placement.student.StudentDetails;
import vn.practica.placement.student.StudentDirectoryService;
import vn.practica.platform.problem.DomainException;

/** A matched round's transparency: cut-offs, each student's "why not", and re-running it to check the result. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RoundResultService {
    private final EntityManager em;
    private final MatchingRoundService rounds;
    private final StudentDirectoryService students;

    RoundResultService(EntityManager em, MatchingRoundService rounds, StudentDirectoryService students) {
        this.em = em;
        this.rounds = rounds;
        this.students = students;
    }

    public List<OfferResult> offerResults(UUID roundId, Requester requester) {
        matched(roundId, requester);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select r.offer_id, ro.business_id, o.title, r.capacity,"
                        + " r.offer_open, r.admitted, r.cutoff_key from round_offer_result r"
                        + " join round_offer ro on ro.round_id = r.round_id and ro.offer_id = r.offer_id"
                        + " join offer o on o.id = r.offer_id where r.round_id = ?1 order by r.offer_id")
                .setParameter(1, roundId)
                .getResultList();
        return rows.stream()
                .map(r -> new OfferResult(
                        (UUID) r[0],
                        (UUID) r[1],
                        (String) r[2],
                        ((Number) r[3]).intValue(),
                        (Boolean) r[4],
                        ((Number) r[5]).intValue(),
                        Priority.of(r[6] == null ? null : ((Number) r[6]).longValue())))
                .toList();
    }

    public StudentResult studentResult(UUID roundId, Requester requester) {
        MatchingRound round = matched(roundId, requester);
        StudentDetails student = requester
                .studentLogin()
                .flatMap(students::findByLogin)
                .orElseThrow(() -> DomainException.notFound("No student record is tied to your login yet"));
        @SuppressWarnings("unchecked")
        List<Object[]> assignment = em.createNativeQuery("select lottery, offer_id, rank, placement_id, choice_keys,"
                        + " choice_reasons from round_assignment where round_id = ?1 and student_id = ?2")
                .setParameter(1, roundId)
                .setParameter(2, student.id())
                .getResultList();
        if (assignment.isEmpty()) {
            throw DomainException.notFound("You ranked no offer in round " + roundId);
        }
        Object[] a = assignment.get(0);
        return new StudentResult(
                round.id(),
                ((Number) a[0]).intValue(),
                (UUID) a[1],
                a[2] == null ? null : ((Number) a[2]).intValue(),
                (UUID) a[3],
                choices(roundId, student.id(), numbers(a[4]), numbers(a[5])));
    }

    private List<ChoiceResult> choices(UUID roundId, UUID studentId, long[] keys, long[] reasons) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.rank, c.offer_id, o.title, r.offer_open, r.cutoff_key,"
                        + " r.capacity from round_preference p cross join unnest(p.ranks, p.offer_ids)"
                        + " as c (rank, offer_id) join offer o on o.id = c.offer_id"
                        + " join round_offer_result r on r.round_id = p.round_id and r.offer_id = c.offer_id"
                        + " where p.round_id = ?1 and p.student_id = ?2 order by c.rank")
                .setParameter(1, roundId)
                .setParameter(2, studentId)
                .getResultList();
        List<ChoiceResult> choices = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size() && i < keys.length; i++) {
            Object[] r = rows.get(i);
            ChoiceReason reason = ChoiceReason.ofCode((byte) reasons[i]);
            choices.add(new ChoiceResult(
                    ((Number) r[0]).intValue(),
                    (UUID) r[1],
                    (String) r[2],
                    Outcome.of(reason, (Boolean) r[3]),
                    Priority.of(keys[i]),
                    Priority.of(r[4] == null ? null : ((Number) r[4]).longValue()),
                    ((Number) r[5]).intValue()));
        }
        return choices;
    }

    /** Re-runs the stored inputs and compares with what was stored: fingerprint, stability, every outcome. */
    public Verification verify(UUID roundId, Requester requester) {
        MatchingRound round = matched(roundId, requester);
        byte[] data = (byte[]) em.createNativeQuery("select data from round_snapshot where round_id = ?1")
                .setParameter(1, roundId)
                .getSingleResult();
        RoundSnapshot snapshot = RoundSnapshot.fromBytes(data);
        var instance = snapshot.instance();
        Matching rerun =
                snapshot.businessWide() ? StudentProjectAllocation.match(instance) : DeferredAcceptance.match(instance);
        int[] stored = storedAssignment(roundId, snapshot);
        boolean stable = (snapshot.businessWide()
                        ? StabilityVerifier.verifyStudentProjectAllocation(instance, stored)
                        : StabilityVerifier.verifyCollegeAdmissions(instance, stored))
                .isEmpty();
        String storedFingerprint = round.resultFingerprint().orElseThrow();
        return new Verification(
                roundId,
                round.algorithm().orElseThrow(),
                storedFingerprint,
                rerun.fingerprint(),
                storedFingerprint.equals(rerun.fingerprint()),
                stable,
                java.util.Arrays.equals(stored, rerun.assignedOffers()),
                instance.studentCount(),
                instance.choiceCount(),
                rerun.assignedCount());
    }

    /** The stored offer index of every snapshot student (-1 for none). */
    private int[] storedAssignment(UUID roundId, RoundSnapshot snapshot) {
        Map<UUID, Integer> offerIndex = new HashMap<>();
        for (int o = 0; o < snapshot.offerIds().length; o++) {
            offerIndex.put(snapshot.offerIds()[o], o);
        }
        Map<UUID, UUID> held = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select student_id, offer_id from round_assignment where round_id = ?1")
                .setParameter(1, roundId)
                .getResultList();
        rows.forEach(r -> held.put((UUID) r[0], (UUID) r[1]));
        int[] assigned = new int[snapshot.studentIds().length];
        for (int s = 0; s < assigned.length; s++) {
            UUID offer = held.get(snapshot.studentIds()[s]);
            assigned[s] = offer == null ? -1 : offerIndex.getOrDefault(offer, -1);
        }
        return assigned;
    }

    private MatchingRound matched(UUID roundId, Requester requester) {
        MatchingRound round = rounds.visible(roundId, requester);
        if (round.status() != RoundStatus.MATCHED) {
            throw new DomainException(RoundProblems.ROUND_NOT_MATCHED, "Round " + roundId + " is " + round.status());
        }
        return round;
    }

    /** A {@code bigint[]} or {@code smallint[]} column's value, whichever array type the driver handed over. */
    private static long[] numbers(Object array) {
        if (array instanceof long[] values) {
            return values;
        }
        Object[] boxed = (Object[]) array;
        long[] values = new long[boxed.length];
        for (int i = 0; i < boxed.length; i++) {
            values[i] = ((Number) boxed[i]).longValue();
        }
        return values;
    }
}
