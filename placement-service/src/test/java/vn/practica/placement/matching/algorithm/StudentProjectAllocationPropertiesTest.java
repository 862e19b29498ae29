package vn.practica.placement.matching.algorithm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.practica.placement.matching.algorithm.DeferredAcceptancePropertiesTest.forEachSeed;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * SPA-student on 2,000 random small rounds per property with businesses (capacities 0–4, offers outside any
 * business), against the paper's SPA-S stability by brute force.
 */
class StudentProjectAllocationPropertiesTest {
    @Test
    void everyResultIsStableByTheVerifierAndByBruteForce() {
        forEachSeed(seed -> {
            MatchingInstance round = SmallRounds.withBusinesses(seed);
            int[] assigned = StudentProjectAllocation.match(round).assignedOffers();
            assertEquals(Optional.empty(), StabilityVerifier.verifyStudentProjectAllocation(round, assigned));
            assertTrue(BruteForceMatchings.studentProjectAllocation(round).isStable(assigned));
        });
    }

    @Test
    void equalsTheStudentOptimalStableMatchingFoundByBruteForce() {
        forEachSeed(seed -> {
            MatchingInstance round = SmallRounds.withBusinesses(seed);
            int[] optimal = BruteForceMatchings.studentProjectAllocation(round).studentOptimal();
            assertNotNull(optimal, "a student-optimal stable matching always exists");
            assertArrayEquals(optimal, StudentProjectAllocation.match(round).assignedOffers());
        });
    }

    @Test
    void neverExceedsAnOffersOrABusinesssCapacity() {
        forEachSeed(seed -> {
            MatchingInstance round = SmallRounds.withBusinesses(seed);
            Matching matching = StudentProjectAllocation.match(round);
            int[] offerFill = new int[round.offerCount()];
            int[] businessFill = new int[round.businessCount()];
            for (int s = 0; s < round.studentCount(); s++) {
                int o = matching.assignedOffer(s);
                if (o >= 0) {
                    offerFill[o]++;
                    if (round.businessOf(o) >= 0) {
                        businessFill[round.businessOf(o)]++;
                    }
                }
            }
            for (int o = 0; o < round.offerCount(); o++) {
                assertTrue(offerFill[o] <= round.capacityOf(o));
            }
            for (int b = 0; b < round.businessCount(); b++) {
                assertTrue(businessFill[b] <= round.businessCapacityOf(b));
                assertEquals(businessFill[b], matching.businessAdmitted(b));
            }
        });
    }

    @Test
    void theSameRoundGivesTheSameBytes() {
        forEachSeed(seed -> assertEquals(
                StudentProjectAllocation.match(SmallRounds.withBusinesses(seed)).fingerprint(),
                StudentProjectAllocation.match(SmallRounds.withBusinesses(seed)).fingerprint()));
    }

    @Test
    void equalsDeferredAcceptanceWhenNoBusinessCapacityBinds() {
        forEachSeed(seed -> {
            MatchingInstance round = SmallRounds.collegeAdmissions(seed);
            assertArrayEquals(
                    DeferredAcceptance.match(round).assignedOffers(),
                    StudentProjectAllocation.match(round).assignedOffers());
        });
    }

    @Test
    void largerRoundsAreStableByTheVerifier() {
        for (long seed = 0; seed < 30; seed++) {
            MatchingInstance round = SyntheticRounds.nationalWithBusinesses(seed, 3_000, 5, 60, 2_500);
            int[] assigned = StudentProjectAllocation.match(round).assignedOffers();
            assertEquals(
                    Optional.empty(),
                    StabilityVerifier.verifyStudentProjectAllocation(round, assigned),
                    "seed " + seed + " "
                            + Arrays.stream(assigned).filter(o -> o >= 0).count());
        }
    }
}
