package vn.practica.placement.matching.algorithm;

/**
 * Student-proposing deferred acceptance with capacities (Gale and Shapley 1962, the college admissions form), in
 * McVitie and Wilson's order: students enter one at a time and each rejection chain is followed to its end
 * before the next student enters. The result does not depend on that order: it is the student-optimal stable
 * matching, which also makes ranking truthfully a dominant strategy for students. Business-wide capacities are
 * not this form's: {@link StudentProjectAllocation} honours them.
 *
 * <p>Each offer holds its proposals in a min-heap by key (a {@link HeapBank}), so a proposal to a full offer
 * compares with the lowest held key and, if higher, replaces it and sends that student on to their next choice.
 * Memory besides the instance and the result: a heap slot per seat (key and edge), two bits per edge, a
 * long per offer.
 */
public final class DeferredAcceptance {
    private DeferredAcceptance() {}

    /** The student-optimal stable matching of the instance, ignoring business-wide capacities. */
    public static Matching match(MatchingInstance instance) {
        int[] start = instance.choiceStart();
        int[] offerOf = instance.choiceOffer();
        long[] keyOf = instance.choiceKey();
        int[] capacity = instance.capacity();
        // Heaps hold edges, not students: a rejected edge's successor is the next edge, unless the edge ends its
        // student's list. Two bitsets of one bit per edge (under 1 MB each at national scale) say which edges end
        // a list and which are held, so a rejection chain reads nothing per student.
        HeapBank held = new HeapBank(seats(instance), 0);
        long[] lastChoice = lastChoices(start, instance.choiceCount());
        long[] holds = new long[words(instance.choiceCount())];
        long[] floor = floors(capacity);
        for (int s = 0; s + 1 < start.length; s++) {
            int e = start[s];
            if (e == start[s + 1]) {
                continue;
            }
            while (true) {
                int o = offerOf[e];
                long k = keyOf[e];
                if (k > floor[o]) {
                    set(holds, e);
                    if (held.size(o) < capacity[o]) {
                        held.push(o, k, e);
                        if (held.size(o) == capacity[o]) {
                            floor[o] = held.minKey(o);
                        }
                        break;
                    }
                    e = held.replaceMin(o, k, e);
                    clear(holds, e);
                    floor[o] = held.minKey(o);
                }
                if (isSet(lastChoice, e)) {
                    break;
                }
                e++;
            }
        }
        return Matching.of(instance, keyOf, heldChoices(start, holds), false);
    }

    /** Per student, the edge they hold or -1, read off the held edges. */
    private static int[] heldChoices(int[] start, long[] holds) {
        int[] holding = new int[start.length - 1];
        for (int s = 0; s < holding.length; s++) {
            holding[s] = -1;
            for (int e = start[s]; e < start[s + 1]; e++) {
                if (isSet(holds, e)) {
                    holding[s] = e;
                }
            }
        }
        return holding;
    }

    private static long[] lastChoices(int[] start, int choices) {
        long[] last = new long[words(choices)];
        for (int s = 0; s + 1 < start.length; s++) {
            if (start[s + 1] > start[s]) {
                set(last, start[s + 1] - 1);
            }
        }
        return last;
    }

    private static int words(int bits) {
        return (bits + 63) >>> 6;
    }

    private static void set(long[] bits, int i) {
        bits[i >>> 6] |= 1L << i;
    }

    private static void clear(long[] bits, int i) {
        bits[i >>> 6] &= ~(1L << i);
    }

    private static boolean isSet(long[] bits, int i) {
        return (bits[i >>> 6] & (1L << i)) != 0;
    }

    /**
     * Per offer, the key a proposal must beat: none while seats are free, the lowest held key once full (kept
     * current by every change), everything for an offer without seats. Most proposals to popular offers are
     * refused here, by one read of a small array, without touching the offer's heap.
     */
    private static long[] floors(int[] capacity) {
        long[] floor = new long[capacity.length];
        for (int o = 0; o < floor.length; o++) {
            floor[o] = capacity[o] == 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        return floor;
    }

    /** Heap slots per offer: its seats, but never more than the students who ranked it. */
    private static int[] seats(MatchingInstance instance) {
        int[] slots = new int[instance.offerCount()];
        for (int o : instance.choiceOffer()) {
            slots[o]++;
        }
        for (int o = 0; o < slots.length; o++) {
            slots[o] = Math.min(slots[o], instance.capacityOf(o));
        }
        return slots;
    }
}
