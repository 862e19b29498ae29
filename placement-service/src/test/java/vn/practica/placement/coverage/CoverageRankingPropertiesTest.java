package vn.practica.placement.coverage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of {@link CoverageRanking} on random instances, each checked against a plain, boxed reference
 * computation. Every instance comes from its seed, so a failure names the seed that reproduces it.
 */
class CoverageRankingPropertiesTest {
    private static final int INSTANCES = 400;

    /** One random instance: a programme's items and candidates each requiring distinct items, with tie-breaks. */
    private record Instance(long seed, int universe, int[] programme, int[][] required, long[] tieBreak) {
        static Instance from(long seed) {
            Random random = new Random(seed);
            int universe = 1 + random.nextInt(150);
            int[] programme = distinctItems(random, universe, random.nextInt(universe + 1));
            int candidates = random.nextInt(40);
            int[][] required = new int[candidates][];
            long[] tieBreak = new long[candidates];
            for (int c = 0; c < candidates; c++) {
                required[c] = distinctItems(random, universe, random.nextInt(Math.min(universe, 12) + 1));
                // Few distinct tie-breaks, so equal candidates occur and index order is exercised
                tieBreak[c] = random.nextInt(3) - 1;
            }
            return new Instance(seed, universe, programme, required, tieBreak);
        }

        long[] bits() {
            return CoverageRanking.bitset(programme, universe);
        }

        Set<Integer> programmeSet() {
            return new HashSet<>(Arrays.stream(programme).boxed().toList());
        }

        int[] coveredCounts() {
            return Arrays.stream(required)
                    .mapToInt(r -> CoverageRanking.coveredCount(bits(), r))
                    .toArray();
        }

        int[] requiredCounts() {
            return Arrays.stream(required).mapToInt(r -> r.length).toArray();
        }

        @Override
        public String toString() {
            return "seed " + seed;
        }
    }

    static List<Instance> instances() {
        return IntStream.range(0, INSTANCES)
                .mapToObj(seed -> Instance.from(seed))
                .toList();
    }

    private static int[] distinctItems(Random random, int universe, int count) {
        List<Integer> all = new ArrayList<>(IntStream.range(0, universe).boxed().toList());
        Collections.shuffle(all, random);
        return all.subList(0, count).stream().mapToInt(Integer::intValue).toArray();
    }

    @ParameterizedTest
    @MethodSource("instances")
    void coveredCountAndOverlapEqualTheSetIntersection(Instance instance) {
        Set<Integer> programme = instance.programmeSet();
        for (int[] required : instance.required()) {
            int[] expected = Arrays.stream(required).filter(programme::contains).toArray();
            assertArrayEquals(expected, CoverageRanking.overlap(instance.bits(), required));
            assertEquals(expected.length, CoverageRanking.coveredCount(instance.bits(), required));
        }
    }

    @ParameterizedTest
    @MethodSource("instances")
    void coveredCountsOfCandidatesLaidEndToEndEqualOneByOne(Instance instance) {
        int[][] required = instance.required();
        int[] offsets = new int[required.length + 1];
        for (int c = 0; c < required.length; c++) {
            offsets[c + 1] = offsets[c] + required[c].length;
        }
        int[] items = Arrays.stream(required).flatMapToInt(Arrays::stream).toArray();
        assertArrayEquals(instance.coveredCounts(), CoverageRanking.coveredCounts(instance.bits(), offsets, items));
    }

    @ParameterizedTest
    @MethodSource("instances")
    void rankEqualsAStableSortOfBoxedCandidatesByCoverageMissingAndTieBreak(Instance instance) {
        int[] covered = instance.coveredCounts();
        int[] required = instance.requiredCounts();
        long[] tie = instance.tieBreak();
        // Reference: List.sort is a stable sort, so equal candidates keep index order
        Comparator<Integer> bestFirst = Comparator.<Integer>comparingInt(c -> -covered[c])
                .thenComparingInt(c -> required[c] - covered[c])
                .thenComparingLong(c -> tie[c]);
        List<Integer> expected =
                new ArrayList<>(IntStream.range(0, covered.length).boxed().toList());
        expected.sort(bestFirst);
        assertArrayEquals(
                expected.stream().mapToInt(Integer::intValue).toArray(), CoverageRanking.rank(covered, required, tie));
    }

    @ParameterizedTest
    @MethodSource("instances")
    void topOfKIsTheFirstKOfTheRank(Instance instance) {
        int[] covered = instance.coveredCounts();
        int[] required = instance.requiredCounts();
        int[] rank = CoverageRanking.rank(covered, required, instance.tieBreak());
        int k = new Random(instance.seed()).nextInt(covered.length + 3);
        assertArrayEquals(
                Arrays.copyOf(rank, Math.min(k, rank.length)),
                CoverageRanking.top(covered, required, instance.tieBreak(), k));
    }

    @ParameterizedTest
    @MethodSource("instances")
    void teachingOneMoreRequiredItemNeverMovesACandidateDown(Instance instance) {
        int[][] required = instance.required();
        Random random = new Random(instance.seed());
        for (int c = 0; c < required.length; c++) {
            int[] missing = Arrays.stream(required[c])
                    .filter(item -> !instance.programmeSet().contains(item))
                    .toArray();
            if (missing.length == 0) {
                continue;
            }
            int[] more = IntStream.concat(
                            Arrays.stream(instance.programme()), IntStream.of(missing[random.nextInt(missing.length)]))
                    .toArray();
            Instance richer = new Instance(instance.seed(), instance.universe(), more, required, instance.tieBreak());
            assertTrue(position(richer, c) <= position(instance, c), "candidate " + c);
        }
    }

    @ParameterizedTest
    @MethodSource("instances")
    void coverageOfUuidsAgreesWithTheBitsetMathsOnTheSameItems(Instance instance) {
        UUID[] ids = IntStream.range(0, instance.universe())
                .mapToObj(i -> UUID.randomUUID())
                .toArray(UUID[]::new);
        Set<UUID> programme = new HashSet<>();
        Arrays.stream(instance.programme()).forEach(item -> programme.add(ids[item]));
        for (int[] required : instance.required()) {
            Coverage coverage = Coverage.of(
                    programme, Arrays.stream(required).mapToObj(i -> ids[i]).toList());
            assertEquals(CoverageRanking.coveredCount(instance.bits(), required), coverage.coveredCount());
            assertEquals(required.length, coverage.requiredCount());
        }
    }

    private static int position(Instance instance, int candidate) {
        int[] order = CoverageRanking.rank(instance.coveredCounts(), instance.requiredCounts(), instance.tieBreak());
        return IntStream.range(0, order.length)
                .filter(i -> order[i] == candidate)
                .findFirst()
                .orElseThrow();
    }
}
