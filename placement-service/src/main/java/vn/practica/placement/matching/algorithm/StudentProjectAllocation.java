package vn.practica.placement.matching.algorithm;

import java.util.Arrays;

/**
 * Student-proposing student-project allocation with business-wide capacities: algorithm SPA-student of
 * Abraham, Irving and Manlove, "Two algorithms for the Student-Project Allocation problem", J. Discrete
 * Algorithms 5(1), 2007, with offers as projects and businesses as lecturers. Its result is the student-optimal
 * stable matching of the paper's SPA model; each business ranks students by {@link BusinessPriorities} and each
 * offer ranks its applicants in its business's order. An offer without a business is a lecturer of its own with
 * no capacity beyond the offer's.
 *
 * <p>The paper's loop, on arrays: a free student applies to the first offer left on their list and is held by
 * the offer and its business; if the offer is over-subscribed its worst student is released, else if the
 * business is over-subscribed the business's worst student is released from their offer; then, if the offer is
 * full, every pair of the offer with a student its business ranks below the offer's worst is deleted, and if the
 * business is full, every pair of any of its offers with a student it ranks below its worst. The deletions are
 * kept as one floor per offer and per business (the deleted students are exactly those below the highest worst
 * key seen at a full moment), checked when a student reads their list: no list is rewritten. Offers and
 * businesses of capacity 0 have every pair deleted. A released student's current pair is always among the
 * deleted, so they go on from their next choice.
 *
 * <p>Each offer keeps a min-heap of its students; a business's worst student is the worst of its offers' worst,
 * so each business keeps a min-heap of its offers by their lowest key (a small array, however many students).
 */
public final class StudentProjectAllocation {
    private final MatchingInstance instance;
    private final int[] offerOf;
    private final int[] capacity;
    private final int[] businessOf;
    private final int[] businessCapacity;
    private final long[] businessKey;
    private final HeapBank students;
    private final HeapBank offerMinimums;
    private final int[] businessFill;
    private final long[] offerFloor;
    private final long[] businessFloor;
    private final int[] holding;

    private StudentProjectAllocation(MatchingInstance instance) {
        this.instance = instance;
        this.offerOf = instance.choiceOffer();
        this.capacity = instance.capacity();
        this.businessOf = instance.offerBusiness();
        this.businessCapacity = instance.businessCapacity();
        this.businessKey = BusinessPriorities.keys(instance);
        this.students = new HeapBank(offerSlots(instance), 0);
        this.offerMinimums = offerMinimums(instance);
        this.businessFill = new int[businessCapacity.length];
        this.offerFloor = floors(capacity.length);
        this.businessFloor = floors(businessCapacity.length);
        this.holding = new int[instance.studentCount()];
    }

    /** The student-optimal stable matching of the instance with its business-wide capacities. */
    public static Matching match(MatchingInstance instance) {
        return new StudentProjectAllocation(instance).run();
    }

    private Matching run() {
        int[] start = instance.choiceStart();
        for (int s = 0; s < holding.length; s++) {
            int student = s;
            int e = start[s];
            while (student >= 0) {
                e = firstUndeleted(e, start[student + 1]);
                if (e == start[student + 1]) {
                    holding[student] = -1;
                    break;
                }
                holding[student] = e;
                student = apply(student, e);
                if (student >= 0) {
                    e = holding[student] + 1;
                }
            }
        }
        return Matching.of(instance, businessKey, holding, true);
    }

    private int firstUndeleted(int e, int end) {
        while (e < end && isDeleted(e)) {
            e++;
        }
        return e;
    }

    private boolean isDeleted(int e) {
        int o = offerOf[e];
        int b = businessOf[o];
        long k = businessKey[e];
        // Strictly below, as the paper deletes the successors of the worst student, not the worst student
        return capacity[o] == 0
                || k < offerFloor[o]
                || (b != MatchingInstance.NO_BUSINESS && (businessCapacity[b] == 0 || k < businessFloor[b]));
    }

    /** Student applies along edge e; returns the student released by it, or -1. */
    private int apply(int student, int e) {
        int o = offerOf[e];
        int b = businessOf[o];
        students.push(o, businessKey[e], student);
        int released = -1;
        if (students.size(o) > capacity[o]) {
            released = students.popMin(o);
        } else if (b != MatchingInstance.NO_BUSINESS && ++businessFill[b] > businessCapacity[b]) {
            businessFill[b]--;
            refreshMinimum(b, o);
            int worstOffer = offerMinimums.minMember(b);
            released = students.popMin(worstOffer);
            refreshMinimum(b, worstOffer);
        }
        if (b != MatchingInstance.NO_BUSINESS) {
            refreshMinimum(b, o);
        }
        if (students.size(o) == capacity[o]) {
            offerFloor[o] = Math.max(offerFloor[o], students.minKey(o));
        }
        if (b != MatchingInstance.NO_BUSINESS && businessFill[b] == businessCapacity[b]) {
            businessFloor[b] = Math.max(businessFloor[b], offerMinimums.minKey(b));
        }
        return released;
    }

    /** Tells the business's heap of offers the offer's current lowest key (none: above every key). */
    private void refreshMinimum(int business, int offer) {
        long lowest = students.size(offer) > 0 ? students.minKey(offer) : Long.MAX_VALUE;
        offerMinimums.update(business, offer, lowest);
    }

    /** Per business, a heap of its offers, each keyed by its lowest held key; all empty to begin with. */
    private static HeapBank offerMinimums(MatchingInstance instance) {
        int[] offersPerBusiness = new int[instance.businessCount()];
        for (int o = 0; o < instance.offerCount(); o++) {
            if (instance.businessOf(o) != MatchingInstance.NO_BUSINESS) {
                offersPerBusiness[instance.businessOf(o)]++;
            }
        }
        HeapBank heaps = new HeapBank(offersPerBusiness, Math.max(1, instance.offerCount()));
        for (int o = 0; o < instance.offerCount(); o++) {
            if (instance.businessOf(o) != MatchingInstance.NO_BUSINESS) {
                heaps.push(instance.businessOf(o), Long.MAX_VALUE, o);
            }
        }
        return heaps;
    }

    /** Heap slots per offer: capacity plus the one over-subscribed moment, never more than its applicants. */
    private static int[] offerSlots(MatchingInstance instance) {
        int[] slots = new int[instance.offerCount()];
        for (int o : instance.choiceOffer()) {
            slots[o]++;
        }
        for (int o = 0; o < slots.length; o++) {
            slots[o] = (int) Math.min(slots[o], instance.capacityOf(o) + 1L);
        }
        return slots;
    }

    /** Nothing deleted yet. */
    private static long[] floors(int count) {
        long[] floor = new long[count];
        Arrays.fill(floor, Long.MIN_VALUE);
        return floor;
    }
}
