package vn.practica.reporting.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which cells of a table with totals and sub-totals to suppress so that no cell describing 1 to k-1 students is
 * published, nor can be recomputed from what is, by any sums and differences of published cells and totals.
 *
 * <p>The table is a cube: a cell names a value (dense index {@code >= 0}) or "all" ({@code -1}) per dimension,
 * and every combination of "all" that has data is a cell. Its counts add up: a cell with "all" on a dimension is
 * the sum of the cells naming each value there.
 *
 * <p>Each small cell is hidden in a hypercube, as statistical offices do for large tables: per dimension either a
 * sibling value (the cell and its sibling get opposite signs) or a path through the total (the cell naming a
 * value and the cell with "all" get the same sign; a cell that totals over the dimension takes one of its values).
 * The 2^dimensions cells so chosen are suppressed together. Adding t to the cells of one sign and subtracting it
 * from the others changes no published cell and no total, so every suppressed cell can take other values
 * consistent with everything published: none can be recomputed, and no total and its parts ever hide exactly
 * one cell. Of the candidate hypercubes (the {@value #OPTIONS_PER_DIMENSION} cheapest siblings per dimension, and
 * the path through the total), the one adding the fewest students to what is already suppressed wins (cells
 * without students weigh k: they protect least); a small cell already inside a hypercube needs none of its own.
 * Plain Java on primitive arrays.
 */
public final class CellSuppression {
    /** Siblings tried per dimension: enough choice for cheap hypercubes, few enough to try every combination. */
    static final int OPTIONS_PER_DIMENSION = 2;

    private static final int ALL = -1;
    private static final int MISSING = -1;
    /** Stands for "any value" on the dimension an index groups siblings by. */
    private static final int ANY = -2;

    private final int dimensions;
    private final int[] keys;
    private final long[] students;
    private final int k;
    private final Map<Key, Integer> index = new HashMap<>();
    private final List<Map<Key, List<Integer>>> siblings = new ArrayList<>();
    private final boolean[] suppressed;

    private CellSuppression(int dimensions, int[] keys, long[] students, int k) {
        this.dimensions = dimensions;
        this.keys = keys;
        this.students = students;
        this.k = k;
        this.suppressed = new boolean[students.length];
        for (int d = 0; d < dimensions; d++) {
            siblings.add(new HashMap<>());
        }
        for (int c = 0; c < students.length; c++) {
            index.put(new Key(key(c)), c);
            for (int d = 0; d < dimensions; d++) {
                siblings.get(d)
                        .computeIfAbsent(new Key(with(key(c), d, ANY)), x -> new ArrayList<>())
                        .add(c);
            }
        }
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
        CellSuppression table = new CellSuppression(dimensions, keys, students, k);
        for (int cell : table.smallCells()) {
            if (!table.suppressed[cell]) {
                for (int member : table.cheapestHypercube(cell)) {
                    table.suppressed[member] = true;
                }
            }
        }
        return table.suppressed;
    }

    /** Cells of 1 to k-1 students, the most detailed (fewest totals) and smallest first. */
    private List<Integer> smallCells() {
        List<Integer> small = new ArrayList<>();
        for (int c = 0; c < students.length; c++) {
            if (students[c] > 0 && students[c] < k) {
                small.add(c);
            }
        }
        small.sort(Comparator.comparingInt(this::totals)
                .thenComparingLong(c -> students[c])
                .thenComparingInt(c -> c));
        return small;
    }

    /**
     * Tries every combination of the dimensions' options; the first cheapest hypercube whose cells all have data
     * wins. One always has: the paths from the cell up through its totals and down to one of its most detailed
     * descendants, whose cells all lie between the two.
     */
    private int[] cheapestHypercube(int cell) {
        int[] descendant = descendant(cell);
        List<List<Option>> options = new ArrayList<>();
        for (int d = 0; d < dimensions; d++) {
            options.add(options(cell, d, descendant[d]));
        }
        int[] choice = new int[dimensions];
        int[] best = null;
        long bestCost = Long.MAX_VALUE;
        do {
            int[] members = members(cell, options, choice);
            if (members != null && cost(members) < bestCost) {
                best = members;
                bestCost = cost(members);
            }
        } while (next(choice, options));
        return best;
    }

    private static boolean next(int[] choice, List<List<Option>> options) {
        for (int d = 0; d < choice.length; d++) {
            if (++choice[d] < options.get(d).size()) {
                return true;
            }
            choice[d] = 0;
        }
        return false;
    }

    /** A dimension's two values in the hypercube (the second with the same sign or the opposite one). */
    private record Option(int first, int second) {}

    /**
     * The options of dimension d: the cheapest sibling values of a cell naming a value, and the path through the
     * total; for a cell with "all", the paths down through its cheapest values and through {@code down}, the
     * value of one of its most detailed descendants.
     */
    private List<Option> options(int cell, int d, int down) {
        int value = keys[cell * dimensions + d];
        List<Integer> others = new ArrayList<>();
        for (int sibling : siblings.get(d).get(new Key(with(key(cell), d, ANY)))) {
            int v = keys[sibling * dimensions + d];
            if (sibling != cell && v != ALL) {
                others.add(v);
            }
        }
        others.sort(Comparator.comparingLong((Integer v) -> weight(cellWith(cell, d, v)))
                .thenComparingInt(v -> v));
        List<Option> options = new ArrayList<>();
        for (int v : others.subList(0, Math.min(OPTIONS_PER_DIMENSION, others.size()))) {
            options.add(new Option(value, v));
        }
        Option path = value == ALL ? new Option(ALL, down) : new Option(value, ALL);
        if (!options.contains(path)) {
            options.add(path);
        }
        return options;
    }

    /** The key of a most detailed cell under {@code cell}: walking down one value at a time. */
    private int[] descendant(int cell) {
        int[] key = key(cell);
        for (int d = 0; d < dimensions; d++) {
            if (key[d] == ALL) {
                for (int below : siblings.get(d).get(new Key(with(key, d, ANY)))) {
                    if (keys[below * dimensions + d] != ALL) {
                        key = key(below);
                        break;
                    }
                }
            }
        }
        return key;
    }

    /** The hypercube's cells for this choice, or null when one of them has no data (is no cell). */
    private int[] members(int cell, List<List<Option>> options, int[] choice) {
        List<int[]> corners = new ArrayList<>(List.of(key(cell)));
        for (int d = 0; d < dimensions; d++) {
            Option option = options.get(d).get(choice[d]);
            List<int[]> next = new ArrayList<>();
            for (int[] corner : corners) {
                next.add(with(corner, d, option.first()));
                next.add(with(corner, d, option.second()));
            }
            corners = next;
        }
        int[] members = new int[corners.size()];
        for (int i = 0; i < corners.size(); i++) {
            Integer member = index.get(new Key(corners.get(i)));
            if (member == null) {
                return null;
            }
            members[i] = member;
        }
        return members;
    }

    private long cost(int[] members) {
        long cost = 0;
        for (int member : members) {
            cost += suppressed[member] ? 0 : weight(member);
        }
        return cost;
    }

    private long weight(int cell) {
        if (cell == MISSING) {
            return Long.MAX_VALUE / 4;
        }
        return students[cell] == 0 ? k : students[cell];
    }

    private int cellWith(int cell, int d, int value) {
        return index.getOrDefault(new Key(with(key(cell), d, value)), MISSING);
    }

    private static int[] with(int[] key, int d, int value) {
        int[] copy = key.clone();
        copy[d] = value;
        return copy;
    }

    private int totals(int cell) {
        int count = 0;
        for (int d = 0; d < dimensions; d++) {
            count += keys[cell * dimensions + d] == ALL ? 1 : 0;
        }
        return count;
    }

    private int[] key(int cell) {
        return Arrays.copyOfRange(keys, cell * dimensions, (cell + 1) * dimensions);
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
