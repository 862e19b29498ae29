package vn.practica.placement.matching.algorithm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The heaps behave as sorted sets of (key, member) under random pushes, pops, replacements and removals. */
class HeapBankTest {
    @Test
    void behavesAsASortedSetPerHeap() {
        Random random = new Random(5);
        int heaps = 4;
        int members = 400;
        HeapBank bank = new HeapBank(new int[] {members, members, members, members}, members);
        List<TreeSet<long[]>> reference = new ArrayList<>();
        for (int h = 0; h < heaps; h++) {
            reference.add(new TreeSet<>(Comparator.comparingLong((long[] entry) -> entry[0])));
        }
        int[] heapOf = new int[members];
        java.util.Arrays.fill(heapOf, -1);
        for (int step = 0; step < 20_000; step++) {
            int m = random.nextInt(members);
            if (heapOf[m] < 0) {
                int h = random.nextInt(heaps);
                long key = random.nextLong();
                bank.push(h, key, m);
                reference.get(h).add(new long[] {key, m});
                heapOf[m] = h;
            } else {
                int h = heapOf[m];
                long key = reference.get(h).stream()
                        .filter(entry -> entry[1] == m)
                        .findFirst()
                        .orElseThrow()[0];
                bank.remove(h, m);
                reference.get(h).removeIf(entry -> entry[1] == m);
                heapOf[m] = -1;
                assertEquals(reference.get(h).size(), bank.size(h), "after removing key " + key);
            }
            int h = random.nextInt(heaps);
            if (!reference.get(h).isEmpty()) {
                assertEquals(reference.get(h).first()[0], bank.minKey(h));
                assertEquals(reference.get(h).first()[1], bank.minMember(h));
                if (random.nextInt(4) == 0) {
                    int popped = bank.popMin(h);
                    reference.get(h).pollFirst();
                    heapOf[popped] = -1;
                }
            }
        }
    }
}
