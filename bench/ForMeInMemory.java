import java.util.Arrays;
import java.util.Random;
import vn.practica.placement.coverage.CoverageRanking;

/**
 * "For me" in memory, the alternative to the SQL in bench/for-me-coverage.sh, on the same synthetic shape:
 * 100,000 open offers requiring 3-8 of 2,000 competency items and 500 programmes teaching 300 draws each, items
 * drawn skewed (2000 * u^2). Per query: one programme's bitset, covered counts of every offer, the best 20.
 *
 * <p>usage: ./mvnw -B -q -pl placement-service -am compile &amp;&amp;
 * java -cp placement-service/target/classes bench/ForMeInMemory.java
 */
public class ForMeInMemory {
    private static final int ITEMS = 2_000;
    private static final int OFFERS = 100_000;
    private static final int PROGRAMMES = 500;
    private static final int WARM_UP = 500;
    private static final int MEASURED = 2_000;

    public static void main(String[] args) {
        Random random = new Random(42);
        int[] offsets = new int[OFFERS + 1];
        int[] requiredCounts = new int[OFFERS];
        long[] deadlines = new long[OFFERS];
        int[] items = new int[OFFERS * 8];
        int next = 0;
        for (int o = 0; o < OFFERS; o++) {
            int count = 3 + random.nextInt(6);
            for (int k = 0; k < count; k++) {
                int item = skewed(random);
                if (Arrays.stream(items, offsets[o], next).noneMatch(i -> i == item)) {
                    items[next++] = item;
                }
            }
            offsets[o + 1] = next;
            requiredCounts[o] = next - offsets[o];
            deadlines[o] = random.nextInt(90);
        }
        int[] required = Arrays.copyOf(items, next);
        long[][] programmes = new long[PROGRAMMES][];
        for (int p = 0; p < PROGRAMMES; p++) {
            programmes[p] = CoverageRanking.bitset(random.ints(300, 0, 1).map(i -> skewed(random)).toArray(), ITEMS);
        }
        long[] took = new long[MEASURED];
        long sink = 0;
        for (int q = 0; q < WARM_UP + MEASURED; q++) {
            long start = System.nanoTime();
            int[] covered = CoverageRanking.coveredCounts(programmes[random.nextInt(PROGRAMMES)], offsets, required);
            int[] page = CoverageRanking.top(covered, requiredCounts, deadlines, 20);
            sink += page[0];
            if (q >= WARM_UP) {
                took[q - WARM_UP] = System.nanoTime() - start;
            }
        }
        Arrays.sort(took);
        System.out.printf(
                "queries %d  p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms  (%d)%n",
                MEASURED,
                took[MEASURED / 2] / 1e6,
                took[MEASURED * 95 / 100] / 1e6,
                took[MEASURED * 99 / 100] / 1e6,
                took[MEASURED - 1] / 1e6,
                sink % 2);
    }

    private static int skewed(Random random) {
        return (int) (ITEMS * Math.pow(random.nextDouble(), 2));
    }
}
