package vn.practica.placement.matching.algorithm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Hand-made rounds for the example tests: lists, each offer's priority order over students, seats. */
final class Rounds {
    private final int offers;
    private final List<int[]> lists = new ArrayList<>();
    private final Map<Integer, int[]> priorities = new HashMap<>();
    private int[] seats;
    private int[] offerBusiness;
    private int[] businessCapacity;

    private Rounds(int offers) {
        this.offers = offers;
    }

    static Rounds builder(int offers) {
        return new Rounds(offers);
    }

    /** The next student, ranking these offers best first. */
    Rounds student(int... rankedOffers) {
        lists.add(rankedOffers);
        return this;
    }

    /** The offer's priority over the students who ranked it, highest first. */
    Rounds priorities(int offer, int... studentsBestFirst) {
        priorities.put(offer, studentsBestFirst);
        return this;
    }

    Rounds seats(int... seats) {
        this.seats = seats;
        return this;
    }

    Rounds businesses(int[] offerBusiness, int... businessCapacity) {
        this.offerBusiness = offerBusiness;
        this.businessCapacity = businessCapacity;
        return this;
    }

    /**
     * The round; a student at position p of an offer's order gets key {@code 1000 · (100 - p) + student}, so
     * keys are distinct between students, as the lottery makes them.
     */
    MatchingInstance build() {
        int[] start = new int[lists.size() + 1];
        List<Integer> choiceOffer = new ArrayList<>();
        List<Long> choiceKey = new ArrayList<>();
        for (int s = 0; s < lists.size(); s++) {
            for (int o : lists.get(s)) {
                choiceOffer.add(o);
                choiceKey.add(1000L * (100 - position(priorities.get(o), s)) + s);
            }
            start[s + 1] = choiceOffer.size();
        }
        int[] offersArray = choiceOffer.stream().mapToInt(Integer::intValue).toArray();
        long[] keys = choiceKey.stream().mapToLong(Long::longValue).toArray();
        if (seats.length != offers) {
            throw new IllegalStateException("seats for every offer");
        }
        return offerBusiness == null
                ? MatchingInstance.of(start, offersArray, keys, seats)
                : MatchingInstance.withBusinesses(start, offersArray, keys, seats, offerBusiness, businessCapacity);
    }

    /** Every edge's reason in edge order. */
    static List<ChoiceReason> reasons(MatchingInstance round, Matching matching) {
        List<ChoiceReason> reasons = new ArrayList<>();
        for (int e = 0; e < round.choiceCount(); e++) {
            reasons.add(matching.reason(e));
        }
        return reasons;
    }

    private static int position(int[] order, int student) {
        for (int p = 0; order != null && p < order.length; p++) {
            if (order[p] == student) {
                return p;
            }
        }
        throw new IllegalStateException("student " + student + " missing from an offer's priorities");
    }
}
