package vn.practica.placement.matching.algorithm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The lottery is SplitMix64 from the published seed, recomputable, and a permutation. */
class LotteryTest {
    @Test
    void drawsWhatSplittableRandomDrawsFromTheSameSeed() {
        for (long seed : new long[] {0, 1, -7, 20_261_201L, Long.MAX_VALUE}) {
            SplittableRandom reference = new SplittableRandom(seed);
            for (int student = 0; student < 1_000; student++) {
                assertEquals(reference.nextLong(), Lottery.draw(seed, student), "seed " + seed);
            }
        }
    }

    @Test
    void matchesAPublishedValue() {
        // SplitMix64's first output for seed 0, as other implementations of it publish
        assertEquals(0xE220A8397B1DCDAFL, Lottery.draw(0, 0));
    }

    @Test
    void numbersArePermutationsOfTheStudents() {
        SplittableRandom random = new SplittableRandom(3);
        for (int round = 0; round < 100; round++) {
            int students = random.nextInt(10_000);
            int[] numbers = Lottery.numbers(random.nextLong(), students);
            int[] sorted = numbers.clone();
            Arrays.sort(sorted);
            assertArrayEquals(IntStream.range(0, students).toArray(), sorted);
        }
    }

    @Test
    void theLowestDrawGetsNumberZero() {
        int[] numbers = Lottery.numbers(99, 50);
        int lowest = IntStream.range(0, 50)
                .boxed()
                .min((a, b) -> Long.compare(Lottery.draw(99, a), Lottery.draw(99, b)))
                .orElseThrow();

        assertEquals(0, numbers[lowest]);
    }
}
