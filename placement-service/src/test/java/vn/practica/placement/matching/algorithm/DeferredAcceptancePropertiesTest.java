package vn.practica.placement.matching.algorithm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import vn.practica.placement.matching.algorithm.SmallRoundArbitraries.SmallRound;

/**
 * Deferred acceptance on jqwik's small rounds (zero seats, empty lists, equal scores split only by the lottery),
 * {@value #TRIES} per property, against the definitions by brute force; a failing round is shrunk and reported.
 */
class DeferredAcceptancePropertiesTest {
    static final int TRIES = 2_000;

    @Property(tries = TRIES)
    void everyResultIsStableByTheVerifierAndByBruteForce(@ForAll("rounds") SmallRound small) {
        MatchingInstance round = small.instance();
        int[] assigned = DeferredAcceptance.match(round).assignedOffers();
        assertEquals(Optional.empty(), StabilityVerifier.verifyCollegeAdmissions(round, assigned));
        assertTrue(BruteForceMatchings.collegeAdmissions(round).isStable(assigned));
    }

    @Property(tries = TRIES)
    void equalsTheStudentOptimalStableMatchingFoundByBruteForce(@ForAll("rounds") SmallRound small) {
        MatchingInstance round = small.instance();
        int[] optimal = BruteForceMatchings.collegeAdmissions(round).studentOptimal();
        assertNotNull(optimal, "a student-optimal stable matching always exists");
        assertArrayEquals(optimal, DeferredAcceptance.match(round).assignedOffers());
    }

    @Property(tries = TRIES)
    void neverSeatsMoreStudentsThanAnOfferHas(@ForAll("rounds") SmallRound small) {
        MatchingInstance round = small.instance();
        Matching matching = DeferredAcceptance.match(round);
        int[] seated = new int[round.offerCount()];
        for (int s = 0; s < round.studentCount(); s++) {
            if (matching.assignedOffer(s) >= 0) {
                seated[matching.assignedOffer(s)]++;
            }
        }
        for (int o = 0; o < round.offerCount(); o++) {
            assertTrue(seated[o] <= round.capacityOf(o));
            assertEquals(seated[o], matching.admitted(o));
        }
    }

    @Property(tries = TRIES)
    void theSameRoundGivesTheSameBytes(@ForAll("rounds") SmallRound small) {
        assertEquals(
                DeferredAcceptance.match(small.instance()).fingerprint(),
                DeferredAcceptance.match(small.instance()).fingerprint());
    }

    @Property(tries = TRIES)
    void explainsEveryChoiceByTheCutOff(@ForAll("rounds") SmallRound small) {
        MatchingInstance round = small.instance();
        Matching matching = DeferredAcceptance.match(round);
        for (int s = 0; s < round.studentCount(); s++) {
            for (int e = round.firstChoice(s); e < round.endOfChoices(s); e++) {
                assertReasonHolds(round, matching, s, e);
            }
        }
    }

    @Test
    void agreesWithTheTextbookImplementationOnLargerRounds() {
        for (long seed = 0; seed < 50; seed++) {
            MatchingInstance round = SyntheticRounds.national(seed, 3_000, 5, 60, 2_500);
            assertArrayEquals(
                    new TextbookDeferredAcceptance(round).match(),
                    DeferredAcceptance.match(round).assignedOffers(),
                    "seed " + seed);
        }
    }

    @Provide
    Arbitrary<SmallRound> rounds() {
        return SmallRoundArbitraries.collegeAdmissions();
    }

    private static void assertReasonHolds(MatchingInstance round, Matching matching, int s, int e) {
        int o = round.offerOf(e);
        switch (matching.reason(e)) {
            case ASSIGNED -> assertEquals(o, matching.assignedOffer(s));
            case NOT_REACHED_BECAUSE_HIGHER_CHOICE_HELD -> assertTrue(matching.assignedChoice(s) < e);
            case ZERO_CAPACITY -> assertEquals(0, round.capacityOf(o));
            case FULL_WITH_HIGHER_PRIORITY -> {
                assertEquals(round.capacityOf(o), matching.admitted(o));
                assertTrue(round.keyOf(e) < matching.cutoff(o));
            }
            case BUSINESS_FULL_WITH_HIGHER_PRIORITY -> throw new AssertionError("no businesses in this form");
        }
    }
}
