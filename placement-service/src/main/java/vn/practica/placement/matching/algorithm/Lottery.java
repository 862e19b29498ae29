package vn.practica.placement.matching.algorithm;

import java.util.Arrays;

/**
 * The round's lottery: one number per student from the seed published when the round opens, so that anyone
 * holding the seed and the round's student list (in the published snapshot's order) can recompute every number.
 *
 * <p>Student {@code i} draws {@code mix64(seed + (i + 1) * 0x9E3779B97F4A7C15)}: SplitMix64 (Steele, Lea and Flood,
 * "Fast splittable pseudorandom number generators", OOPSLA 2014), the same value as the {@code (i + 1)}-th
 * {@code nextLong()} of {@code new java.util.SplittableRandom(seed)} in Java 8–21, written out here so that it
 * does not depend on a JDK. The draws are pairwise distinct: the states {@code seed + (i + 1)·γ} are distinct
 * modulo 2<sup>64</sup> because γ is odd, and {@code mix64} is a bijection (xor-shifts and multiplications by odd
 * constants are invertible). A student's lottery number is the rank of their draw among all draws, ascending as
 * signed 64-bit integers: 0 for the lowest draw, the luckiest. The numbers are a permutation of {@code 0..S-1}.
 */
public final class Lottery {
    private static final long GAMMA = 0x9E3779B97F4A7C15L;

    private Lottery() {}

    /** Student {@code student}'s draw for the seed. */
    public static long draw(long seed, int student) {
        return mix64(seed + (student + 1L) * GAMMA);
    }

    /** Every student's lottery number, a permutation of {@code 0..studentCount-1}. */
    public static int[] numbers(long seed, int studentCount) {
        long[] draws = new long[studentCount];
        for (int i = 0; i < studentCount; i++) {
            draws[i] = draw(seed, i);
        }
        long[] sorted = draws.clone();
        Arrays.sort(sorted);
        int[] numbers = new int[studentCount];
        for (int i = 0; i < studentCount; i++) {
            numbers[i] = Arrays.binarySearch(sorted, draws[i]);
        }
        return numbers;
    }

    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
