package vn.practica.reporting.privacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CellSuppressionTest {
    private static final int K = 5;
    private static final int ALL = -1;

    /**
     * A 2 x 2 table with its margins: cells (a,b) by dimensions field and province, "all" as -1. Students per
     * cell make the additive counts the attacker works with.
     */
    private static final int[] TWO_BY_TWO = {
        ALL,
        ALL, //  0 grand total
        0,
        ALL, //    1 field 0
        1,
        ALL, //    2 field 1
        ALL,
        0, //    3 province 0
        ALL,
        1, //    4 province 1
        0,
        0, //      5
        0,
        1, //      6
        1,
        0, //      7
        1,
        1 //       8
    };

    @Test
    void aSmallCellTakesTheNextSmallestOfItsRowAndColumnAndTheirCornerWithIt() {
        long[] students = {60, 25, 35, 22, 38, 3, 22, 19, 16};

        boolean[] suppressed = CellSuppression.suppress(2, TWO_BY_TWO, students, K);

        // 3 is primary; 22 (its row) and 19 (its column) are the next smallest; then 16 closes both lines
        assertArrayEquals(new boolean[] {false, false, false, false, false, true, true, true, true}, suppressed);
    }

    @Test
    void aTableWithNoSmallCellPublishesEverything() {
        long[] students = {60, 25, 35, 22, 38, 7, 18, 15, 20};

        boolean[] suppressed = CellSuppression.suppress(2, TWO_BY_TWO, students, K);

        assertArrayEquals(new boolean[9], suppressed);
    }

    @Test
    void cellsWithoutStudentsAreNotSuppressedForThemselves() {
        long[] students = {40, 0, 40, 15, 25, 0, 0, 15, 25};

        assertArrayEquals(new boolean[9], CellSuppression.suppress(2, TWO_BY_TWO, students, K));
    }

    @Test
    void aSmallTotalIsSuppressedWithEverythingUnderIt() {
        long[] students = {4, 1, 3, 2, 2, 1, 0, 1, 2};

        boolean[] suppressed = CellSuppression.suppress(2, TWO_BY_TWO, students, K);

        for (int c = 0; c < students.length; c++) {
            assertEquals(students[c] > 0, suppressed[c], "cell " + c);
        }
    }

    @Test
    void aCellOfExactlyKStudentsIsPublishedAndOneUnderIsNot() {
        long[] students = {60, 25, 35, 22, 38, 5, 20, 17, 18};

        assertArrayEquals(new boolean[9], CellSuppression.suppress(2, TWO_BY_TWO, students, 5));
        assertArrayEquals(
                new boolean[] {false, false, false, false, false, true, true, true, true},
                CellSuppression.suppress(2, TWO_BY_TWO, students, 6));
    }

    /**
     * Seeded random cubes of one to three dimensions with every sub-total: after suppression no cell under k is
     * published, and no suppressed cell is determined by the published cells and totals, whatever sums and
     * differences of totals an attacker forms (exact rational rank, independent of the implementation's field).
     */
    @Test
    void noSuppressedCellCanBeRecomputedFromThePublishedCellsAndTotals() {
        Random random = new Random(20270113L);
        int tablesWithSuppression = 0;
        for (int round = 0; round < 1500; round++) {
            Cube cube = Cube.random(random);
            int k = 2 + random.nextInt(6);

            boolean[] suppressed = CellSuppression.suppress(cube.dimensions, cube.keys, cube.students, k);

            String seed = "round " + round + ", k " + k + ", cube " + cube;
            for (int c = 0; c < cube.cells(); c++) {
                if (cube.students[c] > 0 && cube.students[c] < k) {
                    assertTrue(suppressed[c], "cell under k published: " + seed);
                }
            }
            for (int c : Attacker.recoverable(cube, suppressed)) {
                throw new AssertionError("cell " + c + " is recoverable: " + seed);
            }
            if (count(suppressed, 0, suppressed.length - 1) > 0) {
                tablesWithSuppression++;
            }
        }
        assertTrue(tablesWithSuppression > 500, "the rounds exercise suppression: " + tablesWithSuppression);
    }

    /** The rule as the State reads it: no group of a total and its parts keeps exactly one cell hidden. */
    @Test
    void noTotalAndItsPartsEverHideExactlyOneCell() {
        Random random = new Random(91_2025L);
        for (int round = 0; round < 1500; round++) {
            Cube cube = Cube.random(random);

            boolean[] suppressed = CellSuppression.suppress(cube.dimensions, cube.keys, cube.students, K);

            for (int[] group : cube.groups()) {
                int hidden = 0;
                for (int c : group) {
                    hidden += suppressed[c] ? 1 : 0;
                }
                assertTrue(hidden != 1, "round " + round + ": one hidden cell in a group of " + cube);
            }
        }
    }

    @Test
    void theSameTableAlwaysGivesTheSamePattern() {
        Random random = new Random(7L);
        for (int round = 0; round < 200; round++) {
            Cube cube = Cube.random(random);
            assertArrayEquals(
                    CellSuppression.suppress(cube.dimensions, cube.keys, cube.students, K),
                    CellSuppression.suppress(cube.dimensions, cube.keys.clone(), cube.students.clone(), K));
        }
    }

    private static int count(boolean[] flags, int from, int to) {
        int n = 0;
        for (int i = from; i <= to; i++) {
            n += flags[i] ? 1 : 0;
        }
        return n;
    }

    /** A random cube: finest cells with a skewed number of students, and every sub-total of those that exist. */
    private record Cube(int dimensions, int[] sizes, int[] keys, long[] students) {
        static Cube random(Random random) {
            int dimensions = 1 + random.nextInt(3);
            int[] sizes = new int[dimensions];
            for (int d = 0; d < dimensions; d++) {
                sizes[d] = 1 + random.nextInt(4);
            }
            List<int[]> finest = new ArrayList<>();
            List<Long> counts = new ArrayList<>();
            for (int[] key : product(sizes)) {
                long students = skewed(random);
                if (students > 0 || random.nextInt(5) == 0) {
                    finest.add(key);
                    counts.add(students);
                }
            }
            List<int[]> cells = new ArrayList<>();
            List<Long> totals = new ArrayList<>();
            for (int mask = 0; mask < 1 << dimensions; mask++) {
                for (int[] key : product(sizes)) {
                    if (!canonical(key, mask)) {
                        continue;
                    }
                    long sum = 0;
                    boolean any = false;
                    for (int f = 0; f < finest.size(); f++) {
                        if (covers(key, mask, finest.get(f))) {
                            sum += counts.get(f);
                            any = true;
                        }
                    }
                    if (any) {
                        cells.add(masked(key, mask));
                        totals.add(sum);
                    }
                }
            }
            int[] keys = new int[cells.size() * dimensions];
            long[] students = new long[cells.size()];
            for (int c = 0; c < cells.size(); c++) {
                System.arraycopy(cells.get(c), 0, keys, c * dimensions, dimensions);
                students[c] = totals.get(c);
            }
            return new Cube(dimensions, sizes, keys, students);
        }

        int cells() {
            return students.length;
        }

        int key(int cell, int d) {
            return keys[cell * dimensions + d];
        }

        /** Brute force, independent of the implementation: parent first, then its children along one dimension. */
        List<int[]> groups() {
            List<int[]> groups = new ArrayList<>();
            for (int parent = 0; parent < cells(); parent++) {
                for (int d = 0; d < dimensions; d++) {
                    if (key(parent, d) != ALL) {
                        continue;
                    }
                    List<Integer> members = new ArrayList<>(List.of(parent));
                    for (int child = 0; child < cells(); child++) {
                        if (childAlong(parent, child, d)) {
                            members.add(child);
                        }
                    }
                    if (members.size() > 1) {
                        groups.add(members.stream().mapToInt(Integer::intValue).toArray());
                    }
                }
            }
            return groups;
        }

        private boolean childAlong(int parent, int child, int d) {
            for (int e = 0; e < dimensions; e++) {
                boolean same = key(parent, e) == key(child, e);
                if (e == d ? key(child, e) == ALL : !same) {
                    return false;
                }
            }
            return true;
        }

        private static long skewed(Random random) {
            int roll = random.nextInt(10);
            return roll < 3 ? 0 : roll < 7 ? 1 + random.nextInt(6) : 5 + random.nextInt(40);
        }

        private static List<int[]> product(int[] sizes) {
            List<int[]> keys = new ArrayList<>(List.of(new int[0]));
            for (int size : sizes) {
                List<int[]> longer = new ArrayList<>();
                for (int[] prefix : keys) {
                    for (int v = 0; v < size; v++) {
                        int[] key = java.util.Arrays.copyOf(prefix, prefix.length + 1);
                        key[prefix.length] = v;
                        longer.add(key);
                    }
                }
                keys = longer;
            }
            return keys;
        }

        /** One representative per masked key: values under the mask are 0. */
        private static boolean canonical(int[] key, int mask) {
            for (int d = 0; d < key.length; d++) {
                if ((mask >> d & 1) == 1 && key[d] != 0) {
                    return false;
                }
            }
            return true;
        }

        private static int[] masked(int[] key, int mask) {
            int[] result = key.clone();
            for (int d = 0; d < key.length; d++) {
                if ((mask >> d & 1) == 1) {
                    result[d] = ALL;
                }
            }
            return result;
        }

        private static boolean covers(int[] key, int mask, int[] finest) {
            for (int d = 0; d < key.length; d++) {
                if ((mask >> d & 1) == 0 && key[d] != finest[d]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return java.util.Arrays.toString(sizes) + " students " + java.util.Arrays.toString(students);
        }
    }

    /**
     * Knows every published cell and every total relation; a suppressed cell is recoverable when its unit vector is
     * a rational combination of the relations restricted to the suppressed cells (rank drops by one without it).
     */
    private static final class Attacker {
        static List<Integer> recoverable(Cube cube, boolean[] suppressed) {
            List<Integer> hidden = new ArrayList<>();
            for (int c = 0; c < suppressed.length; c++) {
                if (suppressed[c]) {
                    hidden.add(c);
                }
            }
            List<BigInteger[]> relations = new ArrayList<>();
            for (int[] group : cube.groups()) {
                BigInteger[] row = new BigInteger[hidden.size()];
                java.util.Arrays.fill(row, BigInteger.ZERO);
                for (int i = 0; i < group.length; i++) {
                    int at = hidden.indexOf(group[i]);
                    if (at >= 0) {
                        row[at] = i == 0 ? BigInteger.ONE.negate() : BigInteger.ONE;
                    }
                }
                relations.add(row);
            }
            int rank = rank(relations, -1);
            List<Integer> recovered = new ArrayList<>();
            for (int i = 0; i < hidden.size(); i++) {
                if (rank(relations, i) == rank - 1) {
                    recovered.add(hidden.get(i));
                }
            }
            return recovered;
        }

        /** Rank over the rationals by fraction-free elimination, leaving column {@code without} out. */
        private static int rank(List<BigInteger[]> relations, int without) {
            List<BigInteger[]> rows = new ArrayList<>();
            for (BigInteger[] relation : relations) {
                BigInteger[] row = relation.clone();
                if (without >= 0) {
                    row[without] = BigInteger.ZERO;
                }
                rows.add(row);
            }
            int width = rows.isEmpty() ? 0 : rows.get(0).length;
            int rank = 0;
            for (int col = 0; col < width && rank < rows.size(); col++) {
                int pivot = -1;
                for (int r = rank; r < rows.size(); r++) {
                    if (rows.get(r)[col].signum() != 0) {
                        pivot = r;
                        break;
                    }
                }
                if (pivot < 0) {
                    continue;
                }
                BigInteger[] p = rows.get(pivot);
                rows.set(pivot, rows.get(rank));
                rows.set(rank, p);
                for (int r = rank + 1; r < rows.size(); r++) {
                    BigInteger[] row = rows.get(r);
                    if (row[col].signum() != 0) {
                        BigInteger factor = row[col];
                        for (int j = 0; j < width; j++) {
                            row[j] = row[j].multiply(p[col]).subtract(p[j].multiply(factor));
                        }
                        reduceByGcd(row);
                    }
                }
                rank++;
            }
            return rank;
        }

        private static void reduceByGcd(BigInteger[] row) {
            BigInteger gcd = BigInteger.ZERO;
            for (BigInteger v : row) {
                gcd = gcd.gcd(v);
            }
            if (gcd.compareTo(BigInteger.ONE) > 0) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = row[j].divide(gcd);
                }
            }
        }
    }
}
