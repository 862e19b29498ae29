package vn.practica.placement.matching.algorithm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * jqwik's small rounds for the property tests, small enough for brute force over every matching: 0 to 6 students
 * ranking up to 4 of up to 4 offers, seats 0–3 (0 a quarter of the time), a fifth of the lists empty, scores drawn
 * from a few values (so that the lottery alone separates many students), and with businesses up to 3 of capacity
 * 0–4, some offers outside any. Built from combinators, so a failing round shrinks to a smallest one. Student
 * counts and list lengths are uniform, and the students' lists carry no jqwik edge cases: mixed into generation,
 * those made half the rounds a single student, who can block nobody.
 */
final class SmallRoundArbitraries {
    private static final int MAX_STUDENTS = 6;
    private static final int MAX_OFFERS = 4;
    /** Unscored two times in five: the default score from coverage takes few values, so more students tie. */
    private static final int[] SCORES = {PriorityKeys.NOT_SCORED, PriorityKeys.NOT_SCORED, 0, 500_000, 1_000_000};

    private SmallRoundArbitraries() {}

    /** A student's ranked choice: the offer, their score there and how many of its required items they cover. */
    record Choice(int offer, int score, int required, int covered) {}

    /** A round as generated; {@link #instance()} is what the algorithms take. */
    record SmallRound(
            int[] capacity, long lotterySeed, List<List<Choice>> lists, int[] businessCapacity, int[] offerBusiness) {
        MatchingInstance instance() {
            int students = lists.size();
            int[] lottery = Lottery.numbers(lotterySeed, students);
            int[] start = new int[students + 1];
            int choices = lists.stream().mapToInt(List::size).sum();
            int[] choiceOffer = new int[choices];
            long[] choiceKey = new long[choices];
            int e = 0;
            for (int s = 0; s < students; s++) {
                for (Choice choice : lists.get(s)) {
                    choiceOffer[e] = choice.offer();
                    choiceKey[e++] = PriorityKeys.key(choice.score(), choice.covered(), choice.required(), lottery[s]);
                }
                start[s + 1] = e;
            }
            if (businessCapacity.length == 0) {
                return MatchingInstance.of(start, choiceOffer, choiceKey, capacity);
            }
            return MatchingInstance.withBusinesses(
                    start, choiceOffer, choiceKey, capacity, offerBusiness, businessCapacity);
        }

        @Override
        public String toString() {
            return "capacity " + Arrays.toString(capacity) + ", lottery seed " + lotterySeed + ", lists "
                    + lists + ", businesses " + Arrays.toString(businessCapacity) + ", offer's business "
                    + Arrays.toString(offerBusiness);
        }
    }

    /** Rounds without business-wide capacities. */
    static Arbitrary<SmallRound> collegeAdmissions() {
        return Arbitraries.integers()
                .between(1, MAX_OFFERS)
                .flatMap(offers -> Combinators.combine(capacities(offers), lotterySeeds(), lists(offers))
                        .as((capacity, seed, lists) -> new SmallRound(capacity, seed, lists, new int[0], new int[0])));
    }

    /** Rounds with one to three businesses, some offers outside any. */
    static Arbitrary<SmallRound> withBusinesses() {
        return Arbitraries.integers()
                .between(1, MAX_OFFERS)
                .flatMap(offers -> Arbitraries.integers()
                        .between(1, 3)
                        .flatMap(businesses -> Combinators.combine(
                                        capacities(offers),
                                        lotterySeeds(),
                                        lists(offers),
                                        ints(businesses, Arbitraries.integers().between(0, 4)),
                                        ints(offers, Arbitraries.integers().between(-1, businesses - 1)))
                                .as(SmallRound::new)));
    }

    private static Arbitrary<int[]> capacities(int offers) {
        return ints(
                offers,
                Arbitraries.frequencyOf(
                        Tuple.of(1, Arbitraries.just(0)),
                        Tuple.of(3, Arbitraries.integers().between(1, 3))));
    }

    private static Arbitrary<int[]> ints(int size, Arbitrary<Integer> each) {
        return each.list()
                .ofSize(size)
                .map(values -> values.stream().mapToInt(Integer::intValue).toArray());
    }

    private static Arbitrary<Long> lotterySeeds() {
        return Arbitraries.longs();
    }

    /** Up to six students' lists of distinct offers in rank order: a fifth empty, the rest 0 to all offers long. */
    private static Arbitrary<List<List<Choice>>> lists(int offers) {
        Arbitrary<List<Choice>> list = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(List.<Choice>of())),
                Tuple.of(
                        4,
                        Arbitraries.integers()
                                .between(0, offers - 1)
                                .list()
                                .uniqueElements()
                                .ofMaxSize(offers)
                                .withSizeDistribution(RandomDistribution.uniform())
                                .flatMap(ranked -> choices(ranked))));
        return list.list()
                .ofMaxSize(MAX_STUDENTS)
                .withSizeDistribution(RandomDistribution.uniform())
                .withoutEdgeCases();
    }

    private static Arbitrary<List<Choice>> choices(List<Integer> ranked) {
        // covered items never exceed required ones; each covered count is equally likely
        Arbitrary<Choice> one = Arbitraries.integers()
                .between(0, 2)
                .flatMap(required -> Combinators.combine(
                                Arbitraries.integers().between(0, SCORES.length - 1),
                                Arbitraries.integers().between(0, required))
                        .as((score, covered) -> new Choice(0, SCORES[score], required, covered)));
        return one.list().ofSize(ranked.size()).map(drawn -> {
            List<Choice> choices = new ArrayList<>(ranked.size());
            for (int i = 0; i < ranked.size(); i++) {
                Choice c = drawn.get(i);
                choices.add(new Choice(ranked.get(i), c.score(), c.required(), c.covered()));
            }
            return choices;
        });
    }
}
