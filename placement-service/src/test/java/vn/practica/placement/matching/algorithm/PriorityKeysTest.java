package vn.practica.placement.matching.algorithm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The key's order: business score, else coverage, then lottery; and no two students ever tie. */
class PriorityKeysTest {
    private static final int NOT_SCORED = PriorityKeys.NOT_SCORED;

    @Test
    void ranksAScoredStudentAboveAnyStudentLeftToTheDefault() {
        assertTrue(PriorityKeys.key(0, 0, 5, 9) > PriorityKeys.key(NOT_SCORED, 5, 5, 0));
    }

    @Test
    void ranksByTheBusinesssScoreThenByCoverage() {
        assertTrue(PriorityKeys.key(700_000, 0, 0, 9) > PriorityKeys.key(600_000, 0, 0, 0));
        assertTrue(PriorityKeys.key(NOT_SCORED, 2, 3, 9) > PriorityKeys.key(NOT_SCORED, 1, 2, 0));
    }

    @Test
    void breaksEqualScoresByTheLowerLotteryNumber() {
        assertTrue(PriorityKeys.key(NOT_SCORED, 1, 2, 3) > PriorityKeys.key(NOT_SCORED, 2, 4, 4));
    }

    @Test
    void readsItsPartsBack() {
        long key = PriorityKeys.key(NOT_SCORED, 2, 3, 41);

        assertFalse(PriorityKeys.isScored(key));
        assertEquals(666_666, PriorityKeys.score(key));
        assertEquals(41, PriorityKeys.lotteryNumber(key));
        assertTrue(key >= 0);
    }

    @Test
    void refusesScoresAndLotteryNumbersOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> PriorityKeys.key(1_000_001, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> PriorityKeys.key(NOT_SCORED, 3, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> PriorityKeys.key(NOT_SCORED, 0, 0, -1));
    }

    /**
     * Ties are impossible after the lottery: for random seeds, every student of a round given the same score and
     * coverage still gets a distinct key, as does a round with scores drawn from three values.
     */
    @Test
    void neverGivesTwoStudentsTheSameKey() {
        SplittableRandom random = new SplittableRandom(12);
        for (int round = 0; round < 200; round++) {
            int students = 1 + random.nextInt(5_000);
            int[] lottery = Lottery.numbers(random.nextLong(), students);
            Set<Long> sameScore = new HashSet<>();
            Set<Long> fewScores = new HashSet<>();
            for (int s = 0; s < students; s++) {
                sameScore.add(PriorityKeys.key(NOT_SCORED, 1, 2, lottery[s]));
                fewScores.add(PriorityKeys.key(random.nextInt(3) * 500_000, 0, 0, lottery[s]));
            }
            assertEquals(students, sameScore.size());
            assertEquals(students, fewScores.size());
        }
    }

    @Test
    void keysEveryEdgeWithItsStudentsLotteryNumber() {
        long[] keys = PriorityKeys.keys(
                new int[] {0, 2, 3},
                new int[] {NOT_SCORED, 500_000, NOT_SCORED},
                new int[] {1, 0, 1},
                new int[] {2, 4, 1},
                new int[] {1, 0});

        assertEquals(PriorityKeys.key(NOT_SCORED, 1, 2, 1), keys[0]);
        assertEquals(PriorityKeys.key(500_000, 0, 4, 1), keys[1]);
        assertEquals(PriorityKeys.key(NOT_SCORED, 1, 1, 0), keys[2]);
        assertNotEquals(keys[0], keys[2]);
    }
}
