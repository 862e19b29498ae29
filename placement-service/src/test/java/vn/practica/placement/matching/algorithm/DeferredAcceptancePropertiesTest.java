package vn.practica.placement.matching.algorithm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Random;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;

/**
 * Deferred acceptance on 2,000 random small rounds per property (zero seats, empty lists, equal scores split only
 * by the lottery), against the definitions by brute force. Each round comes from its seed; a failure names it.
 */
class DeferredAcceptancePropertiesTest {
    static final int ROUNDS = 2_000;

    @Test
    void everyResultIsStableByTheVerifierAndByBruteForce() {
        forEachSeed(seed -> {
            MatchingInstance round = SmallRounds.collegeAdmissions(seed);
            int[] assigned = DeferredAcceptance.match(round).assignedOffers();
            assertEquals(Optional.empty(), StabilityVerifier.verifyCollegeAdmissions(round, assigned));
            assertTrue(BruteForceMatchings.collegeAdmissions(round).isStable(assigned));
        });
    }

    @Test
    void equalsTheStudentOptimalStableMatchingFoundByBruteForce() {
        forEachSeed(seed -> {
            MatchingInstance round = SmallRounds.collegeAdmissions(seed);
            int[] optimal = BruteForceMatchings.collegeAdmissions(round).studentOptimal();
            assertNotNull(optimal, "a student-optimal stable matching always exists");
            assertArrayEquals(optimal, DeferredAcceptance.match(round).assignedOffers());
        });
    }

    @Test
    void neverSeatsMoreStudentsThanAnOfferHas() {
        forEachSeed(seed -> {
            MatchingInstance round = SmallRounds.collegeAdmissions(seed);
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
        });
    }

    @Test
    void theSameRoundGivesTheSameBytes() {
        forEachSeed(seed -> assertEquals(
                DeferredAcceptance.match(SmallRounds.collegeAdmissions(seed)).fingerprint(),
                DeferredAcceptance.match(SmallRounds.collegeAdmissions(seed)).fingerprint()));
    }

    @Test
    void explainsEveryChoiceByTheCutOff() {
        forEachSeed(seed -> {
            MatchingInstance round = SmallRounds.collegeAdmissions(seed);
            Matching matching = DeferredAcceptance.match(round);
            for (int s = 0; s < round.studentCount(); s++) {
                for (int e = round.firstChoice(s); e < round.endOfChoices(s); e++) {
                    assertReasonHolds(round, matching, s, e);
                }
            }
        });
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

    /** Runs the property for every seed, naming the seed when it fails. */
    static void forEachSeed(LongConsumer property) {
        long base = new Random(20_261_201L).nextLong();
        for (int i = 0; i < ROUNDS; i++) {
            long seed = base + i;
            try {
                property.accept(seed);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("round seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }
}
