package vn.practica.placement.matching.algorithm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.practica.placement.matching.algorithm.DeferredAcceptancePropertiesTest.TRIES;

import java.util.Arrays;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import vn.practica.placement.matching.algorithm.SmallRoundArbitraries.SmallRound;

/**
 * SPA-student on jqwik's small rounds with businesses (capacities 0–4, offers outside any business), {@value
 * DeferredAcceptancePropertiesTest#TRIES} per property, against the paper's SPA-S stability by brute force.
 */
class StudentProjectAllocationPropertiesTest {
    @Property(tries = TRIES)
    void everyResultIsStableByTheVerifierAndByBruteForce(@ForAll("withBusinesses") SmallRound small) {
        MatchingInstance round = small.instance();
        int[] assigned = StudentProjectAllocation.match(round).assignedOffers();
        assertEquals(Optional.empty(), StabilityVerifier.verifyStudentProjectAllocation(round, assigned));
        assertTrue(BruteForceMatchings.studentProjectAllocation(round).isStable(assigned));
    }

    @Property(tries = TRIES)
    void equalsTheStudentOptimalStableMatchingFoundByBruteForce(@ForAll("withBusinesses") SmallRound small) {
        MatchingInstance round = small.instance();
        int[] optimal = BruteForceMatchings.studentProjectAllocation(round).studentOptimal();
        assertNotNull(optimal, "a student-optimal stable matching always exists");
        assertArrayEquals(optimal, StudentProjectAllocation.match(round).assignedOffers());
    }

    @Property(tries = TRIES)
    void neverExceedsAnOffersOrABusinesssCapacity(@ForAll("withBusinesses") SmallRound small) {
        MatchingInstance round = small.instance();
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
    }

    @Property(tries = TRIES)
    void theSameRoundGivesTheSameBytes(@ForAll("withBusinesses") SmallRound small) {
        assertEquals(
                StudentProjectAllocation.match(small.instance()).fingerprint(),
                StudentProjectAllocation.match(small.instance()).fingerprint());
    }

    @Property(tries = TRIES)
    void equalsDeferredAcceptanceWithoutBusinessCapacities(@ForAll("collegeAdmissions") SmallRound small) {
        MatchingInstance round = small.instance();
        assertArrayEquals(
                DeferredAcceptance.match(round).assignedOffers(),
                StudentProjectAllocation.match(round).assignedOffers());
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

    @Provide
    Arbitrary<SmallRound> withBusinesses() {
        return SmallRoundArbitraries.withBusinesses();
    }

    @Provide
    Arbitrary<SmallRound> collegeAdmissions() {
        return SmallRoundArbitraries.collegeAdmissions();
    }
}
