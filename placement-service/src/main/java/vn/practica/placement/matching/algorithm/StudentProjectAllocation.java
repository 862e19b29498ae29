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
 * kept as one threshold per offer and per business (the deleted students are exactly those below the highest
 * worst key seen at a full moment), checked when a student reads their list: no list is rewritten. Offers and
 * businesses of capacity 0 start deleted. A released student's current pair is always among the deleted, so
 * they go on from their next choice.
 */
public final class StudentProjectAllocation {
    private final MatchingInstance instance;
    private final long[] businessKey;
    private final HeapBank offerHeld;
    private final HeapBank businessHeld;
    private final long[] offerThreshold;
    private final long[] businessThreshold;
    private final int[] holding;

    private StudentProjectAllocation(MatchingInstance instance) {
        this.instance = instance;
        this.businessKey = BusinessPriorities.keys(instance);
        this.offerHeld = new HeapBank(slots(instance, false), 0);
        this.businessHeld = new HeapBank(slots(instance, true), Math.max(1, instance.studentCount()));
        this.offerThreshold = new long[instance.offerCount()];
        this.businessThreshold = new long[instance.businessCount()];
        Arrays.fill(offerThreshold, Long.MIN_VALUE);
        Arrays.fill(businessThreshold, Long.MIN_VALUE);
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
        int o = instance.offerOf(e);
        int b = instance.businessOf(o);
        long k = businessKey[e];
        if (instance.capacityOf(o) == 0 || k < offerThreshold[o]) {
            return true;
        }
        return b != MatchingInstance.NO_BUSINESS && (instance.businessCapacityOf(b) == 0 || k < businessThreshold[b]);
    }

    /** Student applies along edge e; returns the student released by it, or -1. */
    private int apply(int student, int e) {
        int o = instance.offerOf(e);
        int b = instance.businessOf(o);
        long k = businessKey[e];
        offerHeld.push(o, k, student);
        if (b != MatchingInstance.NO_BUSINESS) {
            businessHeld.push(b, k, student);
        }
        int released = -1;
        if (offerHeld.size(o) > instance.capacityOf(o)) {
            released = offerHeld.popMin(o);
            if (b != MatchingInstance.NO_BUSINESS) {
                businessHeld.remove(b, released);
            }
        } else if (b != MatchingInstance.NO_BUSINESS && businessHeld.size(b) > instance.businessCapacityOf(b)) {
            released = businessHeld.popMin(b);
            releaseFromOffer(released);
        }
        if (offerHeld.size(o) == instance.capacityOf(o)) {
            offerThreshold[o] = Math.max(offerThreshold[o], offerHeld.minKey(o));
        }
        if (b != MatchingInstance.NO_BUSINESS && businessHeld.size(b) == instance.businessCapacityOf(b)) {
            businessThreshold[b] = Math.max(businessThreshold[b], businessHeld.minKey(b));
        }
        return released;
    }

    /** The business's worst student is also the worst of the offer they hold: it is that offer's minimum. */
    private void releaseFromOffer(int student) {
        int offer = instance.offerOf(holding[student]);
        if (offerHeld.minMember(offer) != student) {
            throw new IllegalStateException("business keys must be distinct between students");
        }
        offerHeld.popMin(offer);
    }

    /** Heap slots: capacity plus the one over-subscribed moment, never more than the students who ranked it. */
    private static int[] slots(MatchingInstance instance, boolean businesses) {
        int[] applicants = new int[businesses ? instance.businessCount() : instance.offerCount()];
        for (int s = 0; s < instance.studentCount(); s++) {
            countApplicants(instance, s, businesses, applicants);
        }
        for (int h = 0; h < applicants.length; h++) {
            long capacity = businesses ? instance.businessCapacityOf(h) : instance.capacityOf(h);
            applicants[h] = (int) Math.min(applicants[h], capacity + 1);
        }
        return applicants;
    }

    private static void countApplicants(MatchingInstance instance, int student, boolean businesses, int[] counts) {
        for (int e = instance.firstChoice(student); e < instance.endOfChoices(student); e++) {
            int o = instance.offerOf(e);
            if (!businesses) {
                counts[o]++;
                continue;
            }
            // A student sits in a business's heap at most once, but may rank several of its offers
            int b = instance.businessOf(o);
            if (b != MatchingInstance.NO_BUSINESS && !ranksEarlier(instance, student, e, b)) {
                counts[b]++;
            }
        }
    }

    private static boolean ranksEarlier(MatchingInstance instance, int student, int e, int business) {
        for (int f = instance.firstChoice(student); f < e; f++) {
            if (instance.businessOf(instance.offerOf(f)) == business) {
                return true;
            }
        }
        return false;
    }
}
