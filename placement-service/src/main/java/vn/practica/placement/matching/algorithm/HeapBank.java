package vn.practica.placement.matching.algorithm;

/**
 * Many binary min-heaps of (key, member) laid end to end in two arrays, one heap per offer or business: heap
 * {@code h} uses slots {@code start[h]} to {@code start[h + 1]}. No boxing, no object per entry. When tracked, the
 * slot of each member (in at most one heap of a bank) is kept, so a member's key can change in place. Tracking
 * writes one int per move into an array indexed by member: meant for small banks (offers per business), not for
 * students, where every move would be a cache miss. A 4-ary heap with keys and members side by side measured
 * slower on the national round than this binary one.
 */
final class HeapBank {
    private final int[] start;
    private final int[] size;
    private final long[] key;
    private final int[] member;
    private final int[] slotOf;

    /** Heaps of the given sizes; {@code memberCount} > 0 asks for tracking of members {@code 0..memberCount-1}. */
    HeapBank(int[] slots, int memberCount) {
        start = new int[slots.length + 1];
        for (int h = 0; h < slots.length; h++) {
            start[h + 1] = Math.addExact(start[h], slots[h]);
        }
        size = new int[slots.length];
        key = new long[start[slots.length]];
        member = new int[start[slots.length]];
        slotOf = memberCount > 0 ? new int[memberCount] : null;
    }

    int size(int heap) {
        return size[heap];
    }

    long minKey(int heap) {
        return key[start[heap]];
    }

    int minMember(int heap) {
        return member[start[heap]];
    }

    void push(int heap, long k, int m) {
        siftUp(start[heap], size[heap]++, k, m);
    }

    /** Removes the lowest key's member and returns it. */
    int popMin(int heap) {
        int base = start[heap];
        int min = member[base];
        int last = --size[heap];
        if (last > 0) {
            siftDown(heap, 0, key[base + last], member[base + last]);
        }
        return min;
    }

    /** Puts (k, m) in place of the lowest key's member and returns that member. */
    int replaceMin(int heap, long k, int m) {
        int min = member[start[heap]];
        siftDown(heap, 0, k, m);
        return min;
    }

    /** Gives a tracked member a new key and restores the heap's order. */
    void update(int heap, int m, long k) {
        int base = start[heap];
        int i = slotOf[m] - base;
        if (k < key[base + i]) {
            siftUp(base, i, k, m);
        } else {
            siftDown(heap, i, k, m);
        }
    }

    private void siftUp(int base, int i, long k, int m) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (key[base + parent] <= k) {
                break;
            }
            place(base, i, key[base + parent], member[base + parent]);
            i = parent;
        }
        place(base, i, k, m);
    }

    private void siftDown(int heap, int i, long k, int m) {
        int base = start[heap];
        int n = size[heap];
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && key[base + child + 1] < key[base + child]) {
                child++;
            }
            if (key[base + child] >= k) {
                break;
            }
            place(base, i, key[base + child], member[base + child]);
            i = child;
        }
        place(base, i, k, m);
    }

    private void place(int base, int i, long k, int m) {
        key[base + i] = k;
        member[base + i] = m;
        if (slotOf != null) {
            slotOf[m] = base + i;
        }
    }
}
