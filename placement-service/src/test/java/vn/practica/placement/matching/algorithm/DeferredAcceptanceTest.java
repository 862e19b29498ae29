package vn.practica.placement.matching.algorithm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.practica.placement.matching.algorithm.ChoiceReason.ASSIGNED;
import static vn.practica.placement.matching.algorithm.ChoiceReason.FULL_WITH_HIGHER_PRIORITY;
import static vn.practica.placement.matching.algorithm.ChoiceReason.NOT_REACHED_BECAUSE_HIGHER_CHOICE_HELD;
import static vn.practica.placement.matching.algorithm.ChoiceReason.ZERO_CAPACITY;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-made rounds with known answers, from the literature and worked by hand. */
class DeferredAcceptanceTest {
    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;

    /**
     * Gale and Shapley (1962), the three-by-three example: every student's first choice is an offer whose first
     * priority is another student. Three stable matchings exist; the student-optimal one gives every student
     * their first choice, the offer-optimal one every offer its first priority.
     */
    @Test
    void givesEveryStudentTheirFirstChoiceInGaleAndShapleysExample() {
        MatchingInstance round = Rounds.builder(3)
                .student(A, B, C)
                .student(B, C, A)
                .student(C, A, B)
                .priorities(A, 1, 2, 0)
                .priorities(B, 2, 0, 1)
                .priorities(C, 0, 1, 2)
                .seats(1, 1, 1)
                .build();

        List<int[]> stable = BruteForceMatchings.collegeAdmissions(round).stableMatchings();

        assertEquals(3, stable.size());
        assertArrayEquals(new int[] {A, B, C}, DeferredAcceptance.match(round).assignedOffers());
    }

    /**
     * A rejection chain: student 2 takes A from student 0, who takes B from student 1, who is left without.
     */
    @Test
    void followsARejectionChainToItsEnd() {
        MatchingInstance round = Rounds.builder(2)
                .student(A, B)
                .student(B)
                .student(A)
                .priorities(A, 2, 0)
                .priorities(B, 0, 1)
                .seats(1, 1)
                .build();

        Matching matching = DeferredAcceptance.match(round);

        assertArrayEquals(new int[] {B, -1, A}, matching.assignedOffers());
        assertEquals(FULL_WITH_HIGHER_PRIORITY, matching.reason(0));
        assertEquals(ASSIGNED, matching.reason(1));
        assertEquals(FULL_WITH_HIGHER_PRIORITY, matching.reason(2));
    }

    /**
     * College admissions with two seats: X has two, Y one. Student 3, last in both priorities, stays out; the
     * cut-offs are the lowest admitted keys and explain every refusal.
     */
    @Test
    void admitsUpToTheSeatsAndExplainsEachRefusalByTheCutOff() {
        int x = 0;
        int y = 1;
        int z = 2;
        MatchingInstance round = Rounds.builder(3)
                .student(y, x)
                .student(y, x)
                .student(z, x)
                .student(x, y)
                .priorities(x, 2, 1, 0, 3)
                .priorities(y, 0, 3, 1)
                .priorities(z, 2)
                .seats(2, 1, 0)
                .build();

        Matching matching = DeferredAcceptance.match(round);

        assertArrayEquals(new int[] {y, x, x, -1}, matching.assignedOffers());
        assertEquals(round.keyOf(3), matching.cutoff(x), "student 1's key to x, the lower of the two admitted");
        assertEquals(round.keyOf(0), matching.cutoff(y));
        assertEquals(Matching.NO_CUTOFF, matching.cutoff(z));
        assertEquals(
                List.of(
                        ASSIGNED,
                        NOT_REACHED_BECAUSE_HIGHER_CHOICE_HELD,
                        FULL_WITH_HIGHER_PRIORITY,
                        ASSIGNED,
                        ZERO_CAPACITY,
                        ASSIGNED,
                        FULL_WITH_HIGHER_PRIORITY,
                        FULL_WITH_HIGHER_PRIORITY),
                Rounds.reasons(round, matching));
    }

    @Test
    void leavesStudentsWithoutChoicesAndOffersWithoutApplicantsAlone() {
        MatchingInstance round = Rounds.builder(2)
                .student()
                .student(B)
                .priorities(B, 1)
                .seats(3, 1)
                .build();

        Matching matching = DeferredAcceptance.match(round);

        assertArrayEquals(new int[] {-1, B}, matching.assignedOffers());
        assertEquals(0, matching.admitted(A));
        assertEquals(1, matching.assignedCount());
    }
}
