package vn.practica.placement.matching.algorithm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.practica.placement.matching.algorithm.ChoiceReason.ASSIGNED;
import static vn.practica.placement.matching.algorithm.ChoiceReason.BUSINESS_FULL_WITH_HIGHER_PRIORITY;
import static vn.practica.placement.matching.algorithm.ChoiceReason.FULL_WITH_HIGHER_PRIORITY;
import static vn.practica.placement.matching.algorithm.ChoiceReason.ZERO_CAPACITY;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-made rounds with business-wide capacities, worked by hand with the paper's algorithm. */
class StudentProjectAllocationTest {
    private static final int P = 0;
    private static final int Q = 1;
    private static final int R = 2;
    private static final int BUSINESS = 0;

    /**
     * One business with two one-seat offers and room for one student. Student 0 applies first and is held;
     * student 1, whom the business ranks higher, applies to the other offer: the business is over-subscribed and
     * releases its worst, student 0, whose offer still has a seat but whose business is full.
     */
    @Test
    void releasesTheBusinesssWorstStudentWhenItIsOverSubscribed() {
        MatchingInstance round = Rounds.builder(2)
                .student(P)
                .student(Q)
                .priorities(P, 0)
                .priorities(Q, 1)
                .seats(1, 1)
                .businesses(new int[] {BUSINESS, BUSINESS}, 1)
                .build();

        Matching matching = StudentProjectAllocation.match(round);

        assertArrayEquals(new int[] {-1, Q}, matching.assignedOffers());
        assertEquals(List.of(BUSINESS_FULL_WITH_HIGHER_PRIORITY, ASSIGNED), Rounds.reasons(round, matching));
        assertEquals(round.keyOf(1), matching.businessCutoff(BUSINESS));
        assertArrayEquals(
                new int[] {P, Q},
                DeferredAcceptance.match(round).assignedOffers(),
                "the college admissions form ignores the business's capacity");
        assertEquals(
                StabilityVerifier.Kind.BUSINESS_OVER_CAPACITY,
                StabilityVerifier.verifyStudentProjectAllocation(round, new int[] {P, Q})
                        .orElseThrow()
                        .kind());
    }

    /**
     * The business ranks student 1 above student 0 (student 0's best key to it is lower). Student 1 takes P
     * from student 0, who moves to Q of the same business; R belongs to a business that takes nobody.
     */
    @Test
    void movesAStudentToAnotherOfferOfTheSameBusiness() {
        MatchingInstance round = Rounds.builder(3)
                .student(R, P, Q)
                .student(P)
                .priorities(P, 1, 0)
                .priorities(Q, 0)
                .priorities(R, 0)
                .seats(1, 2, 1)
                .businesses(new int[] {BUSINESS, BUSINESS, 1}, 2, 0)
                .build();

        Matching matching = StudentProjectAllocation.match(round);

        assertArrayEquals(new int[] {Q, P}, matching.assignedOffers());
        assertEquals(
                List.of(ZERO_CAPACITY, FULL_WITH_HIGHER_PRIORITY, ASSIGNED, ASSIGNED), Rounds.reasons(round, matching));
        assertEquals(2, matching.businessAdmitted(BUSINESS));
        assertTrue(StabilityVerifier.verifyStudentProjectAllocation(round, matching.assignedOffers())
                .isEmpty());
    }

    /** The business's order is each student's best key to it, so it is the same for all its offers. */
    @Test
    void ranksStudentsForABusinessByTheirBestKeyToIt() {
        MatchingInstance round = MatchingInstance.withBusinesses(
                new int[] {0, 2, 3},
                new int[] {P, Q, Q},
                new long[] {10, 40, 30},
                new int[] {1, 1},
                new int[] {BUSINESS, BUSINESS},
                new int[] {1});

        assertArrayEquals(new long[] {40, 40, 30}, BusinessPriorities.keys(round));
        assertArrayEquals(
                new int[] {P, -1}, StudentProjectAllocation.match(round).assignedOffers());
    }
}
