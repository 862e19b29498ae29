package vn.practica.reporting.privacy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which cells of a table with totals and sub-totals to suppress so that no cell describing fewer than k
 * students is published, nor can be recomputed from what is.
 *
 * <p>The table is a cube: a cell names a value (dense index {@code >= 0}) or "all" ({@code -1}) per dimension.
 * Each cell with a value on dimension d is a child of the cell with d set to "all", its parent; the parent and
 * all its children along d form a group whose counts add up (parent = sum of children). Steps:
 *
 * <ol>
 *   <li>primary: every cell with 1 to k-1 students;
 *   <li>complementary: while a group has exactly one suppressed cell, the next smallest of that group (fewest
 *       students, cells with students before empty ones, then the lowest index) is suppressed too, so no single
 *       subtraction from a total recovers it;
 *   <li>audit: subtractions chained across groups (sums and differences of several totals) can still pin a cell
 *       down. Each set of suppressed cells linked by groups is solved as a linear system over the prime field
 *       GF(2^31-1) (its rank equals the rational one unless that prime divides a minor of the 0/±1 coefficients);
 *       a cell the system determines gets one more complement from its groups, then steps 2 and 3 repeat. When a
 *       set is too large to solve or a determined cell has no cell left to add, the whole table is suppressed:
 *       equations without a published value determine nothing. Narrower queries keep their numbers.
 * </ol>
 *
 * Plain Java on primitive arrays: unit and property tested alone (no framework).
 */
public final class CellSuppression {
    /** Largest set of linked suppressed cells solved exactly (dense elimination); beyond it the table is suppressed. */
    static final int AUDIT_LIMIT = 300;

    private static final long PRIME = 2_147_483_647L;
    private static final int NONE = -1;
    private static final int TOO_LARGE = -2;

    private final int cells;
    private final long[] students;
    private final int[][] groups;
    private final int[][] groupsOfCell;
    private final boolean[] suppressed;
    private final Deque<Integer> touched = new ArrayDeque<>();

    private CellSuppression(int dimensions, int[] keys, long[] students) {
        this.cells = students.length;
        this.students = students;
        this.groups = groups(dimensions, keys, cells);
        this.groupsOfCell = incidence(groups, cells);
        this.suppressed = new boolean[cells];
    }

    /**
     * The cells to suppress.
     *
     * @param dimensions values per cell in {@code keys}
     * @param keys cell c's value on dimension d at {@code keys[c * dimensions + d]}, {@code -1} for "all"
     * @param students distinct students each cell describes
     * @param k the smallest number of students a published cell may describe
     */
    public static boolean[] suppress(int dimensions, int[] keys, long[] students, int k) {
        if (keys.length != dimensions * students.length) {
            throw new IllegalArgumentException("keys must hold " + dimensions + " values per cell");
        }
        CellSuppression table = new CellSuppression(dimensions, keys, students);
        table.run(k);
        return table.suppressed;
    }

    private void run(int k) {
        for (int c = 0; c < cells; c++) {
            if (students[c] > 0 && students[c] < k) {
                mark(c);
            }
        }
        while (true) {
            complement();
            int cell = firstDetermined();
            if (cell == NONE) {
                return;
            }
            int extra = cell == TOO_LARGE ? -1 : smallestFree(groupsOfCell[cell]);
            if (extra < 0) {
                Arrays.fill(suppressed, true);
                return;
            }
            mark(extra);
        }
    }

    private void mark(int cell) {
        if (!suppressed[cell]) {
            suppressed[cell] = true;
            for (int g : groupsOfCell[cell]) {
                touched.add(g);
            }
        }
    }

    /** Step 2: no group keeps exactly one suppressed cell. */
    private void complement() {
        while (!touched.isEmpty()) {
            int g = touched.poll();
            if (suppressedIn(groups[g]) == 1) {
                int extra = smallestFree(new int[] {g});
                if (extra >= 0) {
                    mark(extra);
                }
            }
        }
    }

    private int suppressedIn(int[] group) {
        int count = 0;
        for (int c : group) {
            if (suppressed[c]) {
                count++;
            }
        }
        return count;
    }

    /** The unsuppressed cell of these groups with the fewest students (empty ones last), or -1. */
    private int smallestFree(int[] groupIds) {
        int best = -1;
        for (int g : groupIds) {
            for (int c : groups[g]) {
                if (!suppressed[c] && (best < 0 || before(c, best))) {
                    best = c;
                }
            }
        }
        return best;
    }

    private boolean before(int a, int b) {
        long sa = students[a] == 0 ? Long.MAX_VALUE : students[a];
        long sb = students[b] == 0 ? Long.MAX_VALUE : students[b];
        return sa != sb ? sa < sb : a < b;
    }

    /**
     * Step 3: the first suppressed cell that the published cells and totals determine, {@link #NONE}, or
     * {@link #TOO_LARGE} when a set of linked suppressed cells is too large to solve.
     */
    private int firstDetermined() {
        BitSet seen = new BitSet();
        for (int c = 0; c < cells; c++) {
            if (suppressed[c] && !seen.get(c)) {
                List<Integer> component = component(c, seen);
                if (component.size() > AUDIT_LIMIT) {
                    return TOO_LARGE;
                }
                List<Integer> determined = solve(component);
                if (!determined.isEmpty()) {
                    return determined.get(0);
                }
            }
        }
        return NONE;
    }

    /** The suppressed cells linked to {@code start} through groups holding two of them. */
    private List<Integer> component(int start, BitSet seen) {
        List<Integer> members = new ArrayList<>();
        Deque<Integer> pending = new ArrayDeque<>(List.of(start));
        seen.set(start);
        while (!pending.isEmpty()) {
            int c = pending.poll();
            members.add(c);
            for (int g : groupsOfCell[c]) {
                for (int other : groups[g]) {
                    if (suppressed[other] && !seen.get(other)) {
                        seen.set(other);
                        pending.add(other);
                    }
                }
            }
        }
        return members;
    }

    /**
     * The cells of a component pinned down by the groups' equations (parent - children = published remainder):
     * a cell is determined exactly when its unit vector lies in the equations' row space, i.e. when its reduced
     * row has no other unknown.
     */
    private List<Integer> solve(List<Integer> component) {
        Map<Integer, Integer> column = new HashMap<>();
        for (int i = 0; i < component.size(); i++) {
            column.put(component.get(i), i);
        }
        List<long[]> rows = new ArrayList<>();
        BitSet used = new BitSet();
        for (int c : component) {
            for (int g : groupsOfCell[c]) {
                if (!used.get(g)) {
                    used.set(g);
                    rows.add(equation(groups[g], column, component.size()));
                }
            }
        }
        return pinned(reduce(rows, component.size()), component);
    }

    private long[] equation(int[] group, Map<Integer, Integer> column, int width) {
        long[] row = new long[width];
        for (int i = 0; i < group.length; i++) {
            Integer col = suppressed[group[i]] ? column.get(group[i]) : null;
            if (col != null) {
                row[col] = i == 0 ? PRIME - 1 : 1;
            }
        }
        return row;
    }

    /** Reduced row echelon form over GF(PRIME); returns the pivot column of each nonzero row, rows reduced in place. */
    private static List<long[]> reduce(List<long[]> rows, int width) {
        int rank = 0;
        for (int col = 0; col < width && rank < rows.size(); col++) {
            int pivot = -1;
            for (int r = rank; r < rows.size(); r++) {
                if (rows.get(r)[col] != 0) {
                    pivot = r;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            long[] row = rows.get(pivot);
            rows.set(pivot, rows.get(rank));
            rows.set(rank, row);
            scale(row, inverse(row[col]));
            for (int r = 0; r < rows.size(); r++) {
                long factor = rows.get(r)[col];
                if (r != rank && factor != 0) {
                    subtract(rows.get(r), row, factor);
                }
            }
            rank++;
        }
        return rows.subList(0, rank);
    }

    private static List<Integer> pinned(List<long[]> reduced, List<Integer> component) {
        List<Integer> determined = new ArrayList<>();
        for (long[] row : reduced) {
            int nonzero = 0;
            int at = -1;
            for (int i = 0; i < row.length; i++) {
                if (row[i] != 0) {
                    nonzero++;
                    at = i;
                }
            }
            if (nonzero == 1) {
                determined.add(component.get(at));
            }
        }
        return determined;
    }

    private static void scale(long[] row, long factor) {
        for (int i = 0; i < row.length; i++) {
            row[i] = row[i] * factor % PRIME;
        }
    }

    private static void subtract(long[] target, long[] row, long factor) {
        for (int i = 0; i < target.length; i++) {
            if (row[i] != 0) {
                target[i] = Math.floorMod(target[i] - row[i] * factor % PRIME, PRIME);
            }
        }
    }

    private static long inverse(long value) {
        long result = 1;
        long base = value;
        for (long e = PRIME - 2; e > 0; e >>= 1) {
            if ((e & 1) == 1) {
                result = result * base % PRIME;
            }
            base = base * base % PRIME;
        }
        return result;
    }

    /** Each group: its parent first, then its children. */
    private static int[][] groups(int dimensions, int[] keys, int cells) {
        Map<Key, Integer> index = new HashMap<>();
        for (int c = 0; c < cells; c++) {
            index.put(new Key(Arrays.copyOfRange(keys, c * dimensions, (c + 1) * dimensions)), c);
        }
        Map<Long, List<Integer>> children = new HashMap<>();
        for (int c = 0; c < cells; c++) {
            for (int d = 0; d < dimensions; d++) {
                if (keys[c * dimensions + d] < 0) {
                    continue;
                }
                int[] parentKey = Arrays.copyOfRange(keys, c * dimensions, (c + 1) * dimensions);
                parentKey[d] = -1;
                Integer parent = index.get(new Key(parentKey));
                if (parent != null) {
                    children.computeIfAbsent((long) parent * dimensions + d, x -> new ArrayList<>())
                            .add(c);
                }
            }
        }
        int[][] result = new int[children.size()][];
        int g = 0;
        for (Map.Entry<Long, List<Integer>> entry : children.entrySet()) {
            int[] group = new int[entry.getValue().size() + 1];
            group[0] = (int) (entry.getKey() / dimensions);
            for (int i = 0; i < entry.getValue().size(); i++) {
                group[i + 1] = entry.getValue().get(i);
            }
            result[g++] = group;
        }
        return result;
    }

    private static int[][] incidence(int[][] groups, int cells) {
        int[] counts = new int[cells];
        for (int[] group : groups) {
            for (int c : group) {
                counts[c]++;
            }
        }
        int[][] result = new int[cells][];
        for (int c = 0; c < cells; c++) {
            result[c] = new int[counts[c]];
        }
        int[] filled = new int[cells];
        for (int g = 0; g < groups.length; g++) {
            for (int c : groups[g]) {
                result[c][filled[c]++] = g;
            }
        }
        return result;
    }

    private record Key(int[] values) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Arrays.equals(values, key.values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            return Arrays.toString(values);
        }
    }
}
