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
 * Memory besides the instance: a slot per seat (key and student), an int per student.
 */
public final class DeferredAcceptance {
    private DeferredAcceptance() {}

    /** The student-optimal stable matching of the instance, ignoring business-wide capacities. */
    public static Matching match(MatchingInstance instance) {
        int[] start = instance.choiceStart();
        int[] offerOf = instance.choiceOffer();
        long[] keyOf = instance.choiceKey();
        int[] capacity = instance.capacity();
        HeapBank held = new HeapBank(seats(instance), 0);
        int[] holding = new int[instance.studentCount()];
        for (int s = 0; s < holding.length; s++) {
            int proposer = s;
            int e = start[s];
            while (proposer >= 0) {
                if (e == start[proposer + 1]) {
                    holding[proposer] = -1;
                    break;
                }
                int o = offerOf[e];
                long k = keyOf[e];
                if (held.size(o) < capacity[o]) {
                    held.push(o, k, proposer);
                    holding[proposer] = e;
                    break;
                }
                if (capacity[o] > 0 && held.minKey(o) < k) {
                    int rejected = held.replaceMin(o, k, proposer);
                    holding[proposer] = e;
                    proposer = rejected;
                    e = holding[rejected] + 1;
                } else {
                    e++;
                }
            }
        }
        return Matching.of(instance, keyOf, holding, false);
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
