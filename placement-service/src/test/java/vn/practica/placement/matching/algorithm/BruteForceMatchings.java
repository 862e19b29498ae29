package vn.practica.placement.matching.algorithm;

import java.util.ArrayList;
import java.util.List;

/**
 * The definitions, written the plain way and used by enumeration: every assignment of a small round in which
 * each student holds a ranked offer or none, which of them are stable, and the student-optimal one. Shares no
 * code with the algorithms or {@link StabilityVerifier}; the business order is recomputed from its definition.
 */
final class BruteForceMatchings {
    private final MatchingInstance round;
    private final boolean businessWide;

    private BruteForceMatchings(MatchingInstance round, boolean businessWide) {
        this.round = round;
        this.businessWide = businessWide;
    }

    static BruteForceMatchings collegeAdmissions(MatchingInstance round) {
        return new BruteForceMatchings(round, false);
    }

    static BruteForceMatchings studentProjectAllocation(MatchingInstance round) {
        return new BruteForceMatchings(round, true);
    }

    /** Every assignment within capacities that has no blocking pair. */
    List<int[]> stableMatchings() {
        List<int[]> stable = new ArrayList<>();
        enumerate(0, new int[round.studentCount()], stable);
        return stable;
    }

    /** The stable matching every student likes at least as well as any other stable one; null if none is. */
    int[] studentOptimal() {
        List<int[]> stable = stableMatchings();
        for (int[] candidate : stable) {
            if (stable.stream().allMatch(other -> weaklyPreferredByAll(candidate, other))) {
                return candidate;
            }
        }
        return null;
    }

    /** Within capacities, only ranked offers, and no blocking pair. */
    boolean isStable(int[] assignment) {
        if (!withinCapacities(assignment)) {
            return false;
        }
        for (int s = 0; s < assignment.length; s++) {
            if (assignment[s] != -1 && rank(s, assignment[s]) == Integer.MAX_VALUE) {
                return false;
            }
        }
        for (int s = 0; s < assignment.length; s++) {
            for (int o : offersRankedAbove(s, assignment[s])) {
                if (blocks(assignment, s, o)) {
                    return false;
                }
            }
        }
        return true;
    }

    private void enumerate(int student, int[] assignment, List<int[]> stable) {
        if (student == assignment.length) {
            if (isStable(assignment)) {
                stable.add(assignment.clone());
            }
            return;
        }
        assignment[student] = -1;
        enumerate(student + 1, assignment, stable);
        for (int e = round.firstChoice(student); e < round.endOfChoices(student); e++) {
            assignment[student] = round.offerOf(e);
            if (withinCapacities(assignment, student + 1)) {
                enumerate(student + 1, assignment, stable);
            }
        }
        assignment[student] = -1;
    }

    private boolean withinCapacities(int[] assignment) {
        return withinCapacities(assignment, assignment.length);
    }

    private boolean withinCapacities(int[] assignment, int students) {
        for (int o = 0; o < round.offerCount(); o++) {
            if (holders(assignment, students, o, false).size() > round.capacityOf(o)) {
                return false;
            }
        }
        for (int b = 0; businessWide && b < round.businessCount(); b++) {
            if (holders(assignment, students, b, true).size() > round.businessCapacityOf(b)) {
                return false;
            }
        }
        return true;
    }

    private boolean blocks(int[] assignment, int s, int o) {
        List<Integer> atOffer = holders(assignment, assignment.length, o, false);
        boolean offerFull = atOffer.size() >= round.capacityOf(o);
        int b = businessWide ? round.businessOf(o) : MatchingInstance.NO_BUSINESS;
        if (b == MatchingInstance.NO_BUSINESS) {
            return !offerFull || atOffer.stream().anyMatch(t -> priority(t, o) < priority(s, o));
        }
        if (offerFull) {
            return atOffer.stream().anyMatch(t -> businessKey(t, b) < businessKey(s, b));
        }
        List<Integer> atBusiness = holders(assignment, assignment.length, b, true);
        if (atBusiness.size() < round.businessCapacityOf(b)) {
            return true;
        }
        return atBusiness.contains(s) || atBusiness.stream().anyMatch(t -> businessKey(t, b) < businessKey(s, b));
    }

    private List<Integer> holders(int[] assignment, int students, int target, boolean business) {
        List<Integer> holders = new ArrayList<>();
        for (int t = 0; t < students; t++) {
            int o = assignment[t];
            if (o != -1 && (business ? round.businessOf(o) == target : o == target)) {
                holders.add(t);
            }
        }
        return holders;
    }

    private List<Integer> offersRankedAbove(int s, int held) {
        List<Integer> above = new ArrayList<>();
        for (int e = round.firstChoice(s); e < round.endOfChoices(s) && round.offerOf(e) != held; e++) {
            above.add(round.offerOf(e));
        }
        return above;
    }

    private boolean weaklyPreferredByAll(int[] candidate, int[] other) {
        for (int s = 0; s < candidate.length; s++) {
            if (rank(s, candidate[s]) > rank(s, other[s])) {
                return false;
            }
        }
        return true;
    }

    /** Position of the offer in the student's list; none (and unranked) rank last. */
    private int rank(int s, int offer) {
        for (int e = round.firstChoice(s); e < round.endOfChoices(s); e++) {
            if (round.offerOf(e) == offer) {
                return e - round.firstChoice(s);
            }
        }
        return Integer.MAX_VALUE;
    }

    private long priority(int s, int o) {
        for (int e = round.firstChoice(s); e < round.endOfChoices(s); e++) {
            if (round.offerOf(e) == o) {
                return round.keyOf(e);
            }
        }
        throw new IllegalArgumentException("student " + s + " did not rank offer " + o);
    }

    /** The business's key for a student: the best key among the student's edges to the business's offers. */
    private long businessKey(int s, int b) {
        long best = Long.MIN_VALUE;
        for (int e = round.firstChoice(s); e < round.endOfChoices(s); e++) {
            if (round.businessOf(round.offerOf(e)) == b) {
                best = Math.max(best, round.keyOf(e));
            }
        }
        return best;
    }
}
