package vn.practica.placement.coverage;

/**
 * The maths of competency coverage on primitive arrays, for "for me" (offers ranked for one student) and for
 * matching rounds (one offer's default priority over students). Competency items are dense indexes
 * {@code 0..n-1} chosen by the caller; what a programme covers is a bitset ({@code long[]}, bit {@code i} of
 * word {@code i >>> 6}); what a candidate requires is an array of distinct indexes.
 *
 * <p>The order, best first: more required items covered; then fewer required items missing (for the same
 * coverage, a higher ratio covered/required); then the caller's tie-break, lower first (a deadline, a published
 * lottery number); then the lower candidate index, so the order is total and the same on every run. Integers
 * only: the SQL form is {@code order by covered desc, required - covered, tie_break, id}.
 */
public final class CoverageRanking {
    private CoverageRanking() {}

    /** The bitset of these item indexes, sized for items below {@code universe}. */
    public static long[] bitset(int[] items, int universe) {
        long[] bits = new long[(universe + 63) >>> 6];
        for (int item : items) {
            bits[item >>> 6] |= 1L << item;
        }
        return bits;
    }

    /** Whether the bitset holds the item; items beyond its size are not held. */
    public static boolean holds(long[] covered, int item) {
        int word = item >>> 6;
        return word < covered.length && (covered[word] & (1L << item)) != 0;
    }

    /** How many of the required items the bitset holds. */
    public static int coveredCount(long[] covered, int[] required) {
        return coveredCount(covered, required, 0, required.length);
    }

    /** The required items the bitset holds, in the order they are required. */
    public static int[] overlap(long[] covered, int[] required) {
        int[] overlap = new int[coveredCount(covered, required)];
        int next = 0;
        for (int item : required) {
            if (holds(covered, item)) {
                overlap[next++] = item;
            }
        }
        return overlap;
    }

    /**
     * Covered counts of many candidates at once, their required items laid end to end: candidate {@code c}
     * requires {@code items[offsets[c]]} up to, not including, {@code items[offsets[c + 1]]}.
     */
    public static int[] coveredCounts(long[] covered, int[] offsets, int[] items) {
        int[] counts = new int[offsets.length - 1];
        for (int c = 0; c < counts.length; c++) {
            counts[c] = coveredCount(covered, items, offsets[c], offsets[c + 1]);
        }
        return counts;
    }

    /** Covered share of the required items; 0 when nothing is required. For display, not for ordering. */
    public static double ratio(int covered, int required) {
        return required == 0 ? 0 : (double) covered / required;
    }

    /** Negative when candidate a ranks before b, by coverage, then missing items, then tie-break. */
    public static int compare(int coveredA, int requiredA, long tieA, int coveredB, int requiredB, long tieB) {
        if (coveredA != coveredB) {
            return Integer.compare(coveredB, coveredA);
        }
        if (requiredA != requiredB) {
            return Integer.compare(requiredA, requiredB);
        }
        return Long.compare(tieA, tieB);
    }

    /**
     * Candidate indexes best first. {@code covered[c]} of {@code required[c]} items covered, {@code tieBreak[c]}
     * its tie-break; equal candidates keep index order. A stable merge sort on {@code int[]}: no boxing.
     */
    public static int[] rank(int[] covered, int[] required, long[] tieBreak) {
        int n = covered.length;
        if (required.length != n || tieBreak.length != n) {
            throw new IllegalArgumentException("covered, required and tieBreak differ in length");
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int[] buffer = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int from = 0; from < n - width; from += 2 * width) {
                merge(order, buffer, from, from + width, Math.min(from + 2 * width, n), covered, required, tieBreak);
            }
        }
        return order;
    }

    /**
     * The {@code k} best candidate indexes, best first: the first {@code k} of {@link #rank}, in O(n log k) with a
     * heap on {@code int[]}, for a page of "for me" without sorting every open offer.
     */
    public static int[] top(int[] covered, int[] required, long[] tieBreak, int k) {
        if (required.length != covered.length || tieBreak.length != covered.length || k < 0) {
            throw new IllegalArgumentException("covered, required and tieBreak differ in length, or k < 0");
        }
        int[] heap = new int[Math.min(k, covered.length)];
        int size = 0;
        for (int c = 0; c < covered.length; c++) {
            if (size < heap.length) {
                heap[size] = c;
                siftUp(heap, size++, covered, required, tieBreak);
            } else if (size > 0 && before(c, heap[0], covered, required, tieBreak)) {
                heap[0] = c;
                siftDown(heap, size, covered, required, tieBreak);
            }
        }
        // The root is the worst kept: taking it out repeatedly fills the answer from the back
        int[] best = new int[size];
        for (int last = size - 1; last >= 0; last--) {
            best[last] = heap[0];
            heap[0] = heap[last];
            siftDown(heap, last, covered, required, tieBreak);
        }
        return best;
    }

    /** Candidate a ranks before b: by {@link #compare}, then the lower index. */
    private static boolean before(int a, int b, int[] covered, int[] required, long[] tie) {
        int order = compare(covered[a], required[a], tie[a], covered[b], required[b], tie[b]);
        return order != 0 ? order < 0 : a < b;
    }

    private static void siftUp(int[] heap, int at, int[] covered, int[] required, long[] tie) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (!before(heap[parent], heap[at], covered, required, tie)) {
                return;
            }
            swap(heap, parent, at);
            at = parent;
        }
    }

    private static void siftDown(int[] heap, int size, int[] covered, int[] required, long[] tie) {
        int at = 0;
        while (true) {
            int worst = at;
            for (int child = 2 * at + 1; child <= 2 * at + 2 && child < size; child++) {
                if (before(heap[worst], heap[child], covered, required, tie)) {
                    worst = child;
                }
            }
            if (worst == at) {
                return;
            }
            swap(heap, at, worst);
            at = worst;
        }
    }

    private static void swap(int[] heap, int a, int b) {
        int kept = heap[a];
        heap[a] = heap[b];
        heap[b] = kept;
    }

    private static void merge(
            int[] order, int[] buffer, int from, int mid, int to, int[] covered, int[] required, long[] tie) {
        System.arraycopy(order, from, buffer, from, to - from);
        int left = from;
        int right = mid;
        for (int out = from; out < to; out++) {
            boolean takeRight = left >= mid
                    || right < to
                            && compare(
                                            covered[buffer[right]],
                                            required[buffer[right]],
                                            tie[buffer[right]],
                                            covered[buffer[left]],
                                            required[buffer[left]],
                                            tie[buffer[left]])
                                    < 0;
            order[out] = takeRight ? buffer[right++] : buffer[left++];
        }
    }

    private static int coveredCount(long[] covered, int[] items, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (holds(covered, items[i])) {
                count++;
            }
        }
        return count;
    }
}
