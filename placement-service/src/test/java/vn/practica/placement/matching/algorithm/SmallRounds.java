package vn.practica.placement.matching.algorithm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Random small rounds for the property tests: up to 6 students with up to 4 ranked offers among up to 4, seats
 * 0–3 (0 often), students with empty lists, scores drawn from a few values so that only the lottery separates
 * many students, and for the student-project allocation form up to 3 businesses with capacities 0–4 and offers
 * without a business. Everything comes from the seed.
 */
final class SmallRounds {
    static final int MAX_STUDENTS = 6;
    static final int MAX_OFFERS = 4;
    private static final int[] SCORES = {PriorityKeys.NOT_SCORED, PriorityKeys.NOT_SCORED, 0, 500_000, 1_000_000};

    private SmallRounds() {}

    /** A round without business-wide capacities. */
    static MatchingInstance collegeAdmissions(long seed) {
        return round(seed, false);
    }

    /** A round with businesses, some offers outside any. */
    static MatchingInstance withBusinesses(long seed) {
        return round(seed, true);
    }

    private static MatchingInstance round(long seed, boolean businesses) {
        Random random = new Random(seed);
        int students = random.nextInt(MAX_STUDENTS + 1);
        int offers = 1 + random.nextInt(MAX_OFFERS);
        int[] capacity = new int[offers];
        for (int o = 0; o < offers; o++) {
            capacity[o] = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(3);
        }
        int[] lottery = Lottery.numbers(random.nextLong(), students);
        int[] start = new int[students + 1];
        List<Integer> offerList = new ArrayList<>();
        List<Long> keyList = new ArrayList<>();
        for (int s = 0; s < students; s++) {
            List<Integer> ranked = new ArrayList<>();
            for (int o = 0; o < offers; o++) {
                ranked.add(o);
            }
            Collections.shuffle(ranked, random);
            int length = random.nextInt(5) == 0 ? 0 : random.nextInt(offers + 1);
            for (int o : ranked.subList(0, length)) {
                offerList.add(o);
                int required = random.nextInt(3);
                long key = PriorityKeys.key(
                        SCORES[random.nextInt(SCORES.length)], random.nextInt(required + 1), required, lottery[s]);
                keyList.add(key);
            }
            start[s + 1] = offerList.size();
        }
        int[] choiceOffer = offerList.stream().mapToInt(Integer::intValue).toArray();
        long[] choiceKey = keyList.stream().mapToLong(Long::longValue).toArray();
        if (!businesses) {
            return MatchingInstance.of(start, choiceOffer, choiceKey, capacity);
        }
        int businessCount = 1 + random.nextInt(3);
        int[] businessCapacity = new int[businessCount];
        for (int b = 0; b < businessCount; b++) {
            businessCapacity[b] = random.nextInt(5);
        }
        int[] offerBusiness = new int[offers];
        for (int o = 0; o < offers; o++) {
            offerBusiness[o] = random.nextInt(businessCount + 1) - 1;
        }
        return MatchingInstance.withBusinesses(
                start, choiceOffer, choiceKey, capacity, offerBusiness, businessCapacity);
    }
}
