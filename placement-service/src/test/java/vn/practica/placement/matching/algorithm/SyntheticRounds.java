package vn.practica.placement.matching.algorithm;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Synthetic national rounds, built deterministically from a seed: students each ranking {@code choices}
 * distinct offers drawn by Zipf-skewed popularity (exponent 1: the i-th most popular offer is chosen in
 * proportion to 1/i), popularity ranks scattered over the offer indexes; seats skewed less than demand (in
 * proportion to 1/√i), 2 % of offers with none, summing to about {@code totalSeats}; keys from
 * {@link PriorityKeys}: one edge in ten scored by the business, the rest by coverage of 3–8 required items, then
 * the round's {@link Lottery}. With businesses: offers grouped 1–5 per business, each business taking 85 % of
 * its offers' seats.
 */
final class SyntheticRounds {
    private static final double ZIPF_EXPONENT = 1.0;
    private static final double SEAT_EXPONENT = 0.5;
    private static final double BUSINESS_SHARE = 0.85;

    private SyntheticRounds() {}

    static MatchingInstance national(long seed, int students, int choices, int offers, int totalSeats) {
        Parts parts = parts(seed, students, choices, offers, totalSeats);
        return MatchingInstance.of(parts.start, parts.choiceOffer, parts.choiceKey, parts.capacity);
    }

    static MatchingInstance nationalWithBusinesses(long seed, int students, int choices, int offers, int totalSeats) {
        Parts parts = parts(seed, students, choices, offers, totalSeats);
        SplittableRandom random = new SplittableRandom(seed ^ 0x5EEDL);
        int[] offerBusiness = new int[offers];
        int[] businessCapacity = new int[offers];
        int businesses = 0;
        int o = 0;
        while (o < offers) {
            int size = Math.min(offers - o, 1 + random.nextInt(5));
            long seats = 0;
            for (int i = 0; i < size; i++, o++) {
                offerBusiness[o] = businesses;
                seats += parts.capacity[o];
            }
            businessCapacity[businesses++] = (int) Math.ceil(seats * BUSINESS_SHARE);
        }
        return MatchingInstance.withBusinesses(
                parts.start,
                parts.choiceOffer,
                parts.choiceKey,
                parts.capacity,
                offerBusiness,
                Arrays.copyOf(businessCapacity, businesses));
    }

    private record Parts(int[] start, int[] choiceOffer, long[] choiceKey, int[] capacity) {}

    private static Parts parts(long seed, int students, int choices, int offers, int totalSeats) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] offerByPopularity = permutation(offers, random);
        double[] cumulative = cumulative(offers, ZIPF_EXPONENT);
        int[] lottery = Lottery.numbers(random.nextLong(), students);
        int[] start = new int[students + 1];
        int[] choiceOffer = new int[students * choices];
        long[] choiceKey = new long[students * choices];
        for (int s = 0; s < students; s++) {
            int first = s * choices;
            for (int c = 0; c < choices; c++) {
                int offer;
                do {
                    offer = offerByPopularity[draw(cumulative, random)];
                } while (ranked(choiceOffer, first, first + c, offer));
                choiceOffer[first + c] = offer;
                choiceKey[first + c] = key(random, lottery[s]);
            }
            start[s + 1] = first + choices;
        }
        return new Parts(start, choiceOffer, choiceKey, seats(offers, totalSeats, offerByPopularity, random));
    }

    private static long key(SplittableRandom random, int lotteryNumber) {
        int required = 3 + random.nextInt(6);
        int score = random.nextInt(10) == 0 ? random.nextInt(PriorityKeys.SCORE_SCALE + 1) : PriorityKeys.NOT_SCORED;
        return PriorityKeys.key(score, random.nextInt(required + 1), required, lotteryNumber);
    }

    private static int[] seats(int offers, int totalSeats, int[] offerByPopularity, SplittableRandom random) {
        double[] weight = new double[offers];
        double sum = 0;
        for (int rank = 0; rank < offers; rank++) {
            weight[rank] = random.nextInt(50) == 0 ? 0 : Math.pow(rank + 1, -SEAT_EXPONENT);
            sum += weight[rank];
        }
        int[] capacity = new int[offers];
        for (int rank = 0; rank < offers; rank++) {
            capacity[offerByPopularity[rank]] = (int) Math.round(totalSeats * weight[rank] / sum);
        }
        return capacity;
    }

    private static boolean ranked(int[] choiceOffer, int from, int to, int offer) {
        for (int i = from; i < to; i++) {
            if (choiceOffer[i] == offer) {
                return true;
            }
        }
        return false;
    }

    private static int draw(double[] cumulative, SplittableRandom random) {
        int i = Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[cumulative.length - 1]);
        return Math.min(i >= 0 ? i : -i - 1, cumulative.length - 1);
    }

    private static double[] cumulative(int n, double exponent) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.pow(i + 1, -exponent);
            cumulative[i] = sum;
        }
        return cumulative;
    }

    private static int[] permutation(int n, SplittableRandom random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
