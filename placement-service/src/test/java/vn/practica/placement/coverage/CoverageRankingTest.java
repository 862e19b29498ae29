package vn.practica.placement.coverage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CoverageRankingTest {
    private static final int UNIVERSE = 200;
    /** A programme teaching items 1, 2, 3, 70 and 130: three words of the bitset. */
    private static final long[] PROGRAMME = CoverageRanking.bitset(new int[] {1, 2, 3, 70, 130}, UNIVERSE);

    private static final long NO_TIE = 0;

    @Test
    void countsOnlyTheRequiredItemsTheProgrammeCovers() {
        assertEquals(3, CoverageRanking.coveredCount(PROGRAMME, new int[] {2, 70, 5, 130, 199}));
        assertEquals(0, CoverageRanking.coveredCount(PROGRAMME, new int[] {}));
    }

    @Test
    void overlapListsTheCoveredRequiredItemsInTheOrderRequired() {
        assertArrayEquals(new int[] {130, 2}, CoverageRanking.overlap(PROGRAMME, new int[] {130, 4, 2}));
    }

    @Test
    void itemsBeyondTheBitsetOrNegativeAreNotHeld() {
        long[] small = CoverageRanking.bitset(new int[] {0}, 1);
        assertTrue(CoverageRanking.holds(small, 0));
        assertFalse(CoverageRanking.holds(small, 64));
        assertFalse(CoverageRanking.holds(small, -1));
    }

    @Test
    void coveredCountsReadsCandidatesLaidEndToEnd() {
        int[] offsets = {0, 2, 2, 5};
        int[] items = {1, 9, 3, 70, 130};
        assertArrayEquals(new int[] {1, 0, 3}, CoverageRanking.coveredCounts(PROGRAMME, offsets, items));
    }

    @Test
    void moreCoveredItemsRankFirstWhateverIsRequired() {
        assertTrue(CoverageRanking.compare(3, 10, NO_TIE, 2, 2, NO_TIE) < 0);
    }

    @Test
    void forTheSameCoverageFewerMissingItemsRankFirst() {
        assertTrue(CoverageRanking.compare(2, 3, NO_TIE, 2, 5, NO_TIE) < 0);
        assertTrue(CoverageRanking.ratio(2, 3) > CoverageRanking.ratio(2, 5));
    }

    @Test
    void anOfferRequiringNothingRanksAfterAnyCoveredOfferAndFirstAmongUncoveredOnes() {
        assertTrue(CoverageRanking.compare(1, 8, NO_TIE, 0, 0, NO_TIE) < 0);
        assertTrue(CoverageRanking.compare(0, 0, NO_TIE, 0, 1, NO_TIE) < 0);
        assertEquals(0, CoverageRanking.ratio(0, 0));
    }

    @Test
    void theTieBreakDecidesBetweenEqualCoverageLowerFirst() {
        assertTrue(CoverageRanking.compare(2, 4, 7, 2, 4, 9) < 0);
        assertEquals(0, CoverageRanking.compare(2, 4, 7, 2, 4, 7));
    }

    @Test
    void rankOrdersByCoverageThenMissingThenTieBreakAndKeepsIndexOrderBetweenEquals() {
        int[] covered = {1, 3, 3, 0, 3, 1};
        int[] required = {1, 5, 4, 0, 4, 1};
        long[] tieBreak = {0, 0, 9, 0, 9, 0};
        assertArrayEquals(new int[] {2, 4, 1, 0, 5, 3}, CoverageRanking.rank(covered, required, tieBreak));
    }

    @Test
    void topGivesTheFirstCandidatesOfTheRankAndAllWhenFewerExist() {
        int[] covered = {1, 3, 3, 0, 3, 1};
        int[] required = {1, 5, 4, 0, 4, 1};
        long[] tieBreak = {0, 0, 9, 0, 9, 0};
        assertArrayEquals(new int[] {2, 4, 1}, CoverageRanking.top(covered, required, tieBreak, 3));
        assertArrayEquals(new int[] {2, 4, 1, 0, 5, 3}, CoverageRanking.top(covered, required, tieBreak, 10));
        assertArrayEquals(new int[] {}, CoverageRanking.top(covered, required, tieBreak, 0));
    }

    @Test
    void rankOfNoCandidatesIsEmpty() {
        assertArrayEquals(new int[] {}, CoverageRanking.rank(new int[] {}, new int[] {}, new long[] {}));
    }

    @Test
    void rankRefusesArraysOfDifferentLengths() {
        assertThrows(
                IllegalArgumentException.class,
                () -> CoverageRanking.rank(new int[] {1}, new int[] {1, 2}, new long[] {0}));
    }
}
