package vn.practica.placement.matching.algorithm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The heaps keep the lowest key on top under random pushes, pops, replacements and key changes. */
class HeapBankTest {
    private static final int HEAPS = 4;
    private static final int MEMBERS = 400;

    @Test
    void keepsTheLowestKeyOnTopOfEachHeap() {
        Random random = new Random(5);
        HeapBank bank = new HeapBank(new int[] {MEMBERS, MEMBERS, MEMBERS, MEMBERS}, MEMBERS);
        int[] heapOf = new int[MEMBERS];
        long[] keyOf = new long[MEMBERS];
        Arrays.fill(heapOf, -1);
        for (int step = 0; step < 20_000; step++) {
            int h = random.nextInt(HEAPS);
            int m = random.nextInt(MEMBERS);
            long k = random.nextLong();
            int operation = bank.size(h) == 0 ? 0 : random.nextInt(4);
            if (operation == 0 && heapOf[m] < 0) {
                bank.push(h, k, m);
                heapOf[m] = h;
                keyOf[m] = k;
            } else if (operation == 1 && heapOf[m] == h) {
                bank.update(h, m, k);
                keyOf[m] = k;
            } else if (operation == 2 && heapOf[m] < 0) {
                int out = bank.replaceMin(h, k, m);
                assertEquals(expectedMinimum(heapOf, keyOf, h), keyOf[out]);
                heapOf[out] = -1;
                heapOf[m] = h;
                keyOf[m] = k;
            } else if (operation == 3) {
                int out = bank.popMin(h);
                assertEquals(expectedMinimum(heapOf, keyOf, h), keyOf[out]);
                heapOf[out] = -1;
            }
            assertEquals(count(heapOf, h), bank.size(h), "step " + step);
            if (bank.size(h) > 0) {
                assertEquals(expectedMinimum(heapOf, keyOf, h), bank.minKey(h), "step " + step);
                assertEquals(expectedMinimum(heapOf, keyOf, h), keyOf[bank.minMember(h)]);
            }
        }
    }

    private static long expectedMinimum(int[] heapOf, long[] keyOf, int heap) {
        long min = Long.MAX_VALUE;
        for (int m = 0; m < heapOf.length; m++) {
            if (heapOf[m] == heap) {
                min = Math.min(min, keyOf[m]);
            }
        }
        return min;
    }

    private static int count(int[] heapOf, int heap) {
        int count = 0;
        for (int h : heapOf) {
            count += h == heap ? 1 : 0;
        }
        return count;
    }
}
