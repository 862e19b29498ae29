package vn.practica.placement.matching.algorithm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import vn.practica.placement.matching.algorithm.SmallRoundArbitraries.SmallRound;
import vn.practica.placement.matching.algorithm.StabilityVerifier.Kind;
import vn.practica.placement.matching.algorithm.StabilityVerifier.Violation;

/** The verifier names each broken rule, and agrees with the brute-force definitions on random assignments. */
class StabilityVerifierTest {
    private static final int A = 0;
    private static final int B = 1;

    private final MatchingInstance round = Rounds.builder(2)
            .student(A, B)
            .student(A)
            .priorities(A, 1, 0)
            .priorities(B, 0)
            .seats(1, 1)
            .build();

    @Test
    void acceptsTheStableMatching() {
        assertEquals(java.util.Optional.empty(), StabilityVerifier.verifyCollegeAdmissions(round, new int[] {B, A}));
    }

    @Test
    void findsAnOfferTheStudentDidNotRank() {
        Violation violation = StabilityVerifier.verifyCollegeAdmissions(round, new int[] {A, B})
                .orElseThrow();

        assertEquals(
                new Violation(Kind.UNRANKED_OFFER, 1, B, "student 1 holds offer 1, which they did not rank"),
                violation);
    }

    @Test
    void findsAnOfferOverItsSeats() {
        assertEquals(
                Kind.OFFER_OVER_CAPACITY,
                StabilityVerifier.verifyCollegeAdmissions(round, new int[] {A, A})
                        .orElseThrow()
                        .kind());
    }

    @Test
    void findsABlockingPairOfAStudentAndAnOfferWithAFreeSeat() {
        assertEquals(
                new Violation(Kind.BLOCKING_PAIR, 0, B, "student 0 prefers offer 1, which would take them"),
                StabilityVerifier.verifyCollegeAdmissions(round, new int[] {-1, A})
                        .orElseThrow());
    }

    @Test
    void findsABlockingPairOfAStudentAndAnOfferHoldingALowerPriority() {
        assertEquals(
                new Violation(Kind.BLOCKING_PAIR, 1, A, "student 1 prefers offer 0, which would take them"),
                StabilityVerifier.verifyCollegeAdmissions(round, new int[] {A, -1})
                        .orElseThrow());
    }

    @Property(tries = DeferredAcceptancePropertiesTest.TRIES)
    void agreesWithBruteForceOnRandomAssignments(
            @ForAll("collegeAdmissions") SmallRound college,
            @ForAll("withBusinesses") SmallRound spa,
            @ForAll long assignmentSeed) {
        Random random = new Random(assignmentSeed);
        MatchingInstance collegeRound = college.instance();
        int[] assignment = randomAssignment(collegeRound, random);
        assertEquals(
                BruteForceMatchings.collegeAdmissions(collegeRound).isStable(assignment),
                StabilityVerifier.verifyCollegeAdmissions(collegeRound, assignment)
                        .isEmpty());
        MatchingInstance spaRound = spa.instance();
        int[] spaAssignment = randomAssignment(spaRound, random);
        assertEquals(
                BruteForceMatchings.studentProjectAllocation(spaRound).isStable(spaAssignment),
                StabilityVerifier.verifyStudentProjectAllocation(spaRound, spaAssignment)
                        .isEmpty());
    }

    @Provide
    Arbitrary<SmallRound> collegeAdmissions() {
        return SmallRoundArbitraries.collegeAdmissions();
    }

    @Provide
    Arbitrary<SmallRound> withBusinesses() {
        return SmallRoundArbitraries.withBusinesses();
    }

    /** Mostly ranked offers or none, sometimes an unranked one, often over capacity: every rule gets broken. */
    private static int[] randomAssignment(MatchingInstance round, Random random) {
        int[] assignment = new int[round.studentCount()];
        for (int s = 0; s < assignment.length; s++) {
            int length = round.endOfChoices(s) - round.firstChoice(s);
            int pick = random.nextInt(length + 2);
            if (pick < length) {
                assignment[s] = round.offerOf(round.firstChoice(s) + pick);
            } else {
                assignment[s] = pick == length ? -1 : random.nextInt(round.offerCount());
            }
        }
        return assignment;
    }
}
