package vn.practica.placement.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ForMeRanking} over an {@link OfferIndex} built by random changes, against a plain boxed reference: sort
 * every offer that passes the filters, then page through it. Every instance comes from its seed, which the
 * failure message names.
 */
class ForMeRankingPropertiesTest {
    private static final int INSTANCES = 300;
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private static final List<String> FIELDS = List.of("IT", "FINTECH", "TOURISM");
    private static final List<String> PROVINCES = List.of("HN", "HCM");
    private static final List<UUID> SCHOOLS = List.of(UUID.randomUUID(), UUID.randomUUID());

    /** A random world: offers reached by a sequence of index changes, a student, a filter and a page size. */
    private record Instance(
            long seed,
            Map<UUID, IndexedOffer> offers,
            OfferIndex index,
            IndexedOffer.Standing student,
            Set<UUID> covered,
            ForMeRanking.Filter filter,
            int limit) {
        static Instance from(long seed) {
            Random random = new Random(seed);
            List<UUID> items = IntStream.range(0, 1 + random.nextInt(20))
                    .mapToObj(i -> new UUID(random.nextLong(), random.nextLong()))
                    .toList();
            Map<UUID, IndexedOffer> offers = new LinkedHashMap<>();
            OfferIndex index = OfferIndex.EMPTY;
            for (int step = random.nextInt(5); step >= 0; step--) {
                List<IndexedOffer> changed = new ArrayList<>();
                List<UUID> removed = new ArrayList<>();
                for (int i = random.nextInt(30); i > 0; i--) {
                    boolean replace = !offers.isEmpty() && random.nextInt(4) == 0;
                    UUID id = replace ? pick(random, new ArrayList<>(offers.keySet())) : randomId(random);
                    IndexedOffer offer = offer(random, id, items);
                    changed.add(offer);
                    offers.put(id, offer);
                }
                for (int i = random.nextInt(4); i > 0 && !offers.isEmpty(); i--) {
                    UUID id = pick(random, new ArrayList<>(offers.keySet()));
                    removed.add(id);
                    offers.remove(id);
                }
                index = index.with(changed, removed);
            }
            IndexedOffer.Standing student =
                    new IndexedOffer.Standing(pick(random, SCHOOLS), "P" + random.nextInt(2), 1 + random.nextInt(4));
            Set<UUID> covered = random.nextInt(5) == 0 ? Set.of() : subset(random, items);
            return new Instance(
                    seed, offers, index, student, covered, randomFilter(random, items), 1 + random.nextInt(7));
        }

        @Override
        public String toString() {
            return "seed " + seed;
        }
    }

    static List<Instance> instances() {
        return IntStream.range(0, INSTANCES).mapToObj(Instance::from).toList();
    }

    @ParameterizedTest
    @MethodSource("instances")
    void pagingThroughTheRankingEqualsSortingEveryAdmittedOffer(Instance instance) {
        List<UUID> expected = reference(instance);
        List<UUID> seen = new ArrayList<>();
        Optional<ForMeRanking.Position> after = Optional.empty();
        for (int pages = 0; pages <= instance.offers().size() + 1; pages++) {
            List<ForMeRanking.Ranked> page = ForMeRanking.rank(
                    instance.index(),
                    new ForMeRanking.Query(
                            instance.student(), instance.covered(), instance.filter(), TODAY, after, instance.limit()));
            page.forEach(r -> seen.add(r.id()));
            if (page.size() < instance.limit()) {
                break;
            }
            after = Optional.of(page.get(page.size() - 1).position());
        }
        assertEquals(expected, seen, instance.toString());
        assertEquals(instance.offers().size(), instance.index().size(), instance.toString());
    }

    @ParameterizedTest
    @MethodSource("instances")
    void coveredAndRequiredCountsAreTheSetIntersection(Instance instance) {
        List<ForMeRanking.Ranked> all = ForMeRanking.rank(
                instance.index(),
                new ForMeRanking.Query(
                        instance.student(), instance.covered(), instance.filter(), TODAY, Optional.empty(), 1000));
        for (ForMeRanking.Ranked ranked : all) {
            IndexedOffer offer = instance.offers().get(ranked.id());
            Set<UUID> overlap = new HashSet<>(offer.requiredItems());
            overlap.retainAll(instance.covered());
            assertEquals(overlap.size(), ranked.coveredCount(), instance.toString());
            assertEquals(offer.requiredItems().size(), ranked.requiredCount(), instance.toString());
        }
    }

    /** Every admitted offer, sorted by covered desc, missing (0 when nothing is covered), deadline, unsigned id. */
    private static List<UUID> reference(Instance instance) {
        boolean byCoverage = !instance.covered().isEmpty();
        Comparator<IndexedOffer> order = Comparator.<IndexedOffer>comparingInt(o -> -covered(instance, o))
                .thenComparingInt(o -> byCoverage ? o.requiredItems().size() - covered(instance, o) : 0)
                .thenComparing(IndexedOffer::validThrough)
                .thenComparing(IndexedOffer::id, OfferIndex::compareIds);
        return instance.offers().values().stream()
                .filter(o -> admitted(instance, o))
                .sorted(order)
                .map(IndexedOffer::id)
                .toList();
    }

    private static int covered(Instance instance, IndexedOffer offer) {
        return (int) offer.requiredItems().stream()
                .filter(instance.covered()::contains)
                .count();
    }

    private static boolean admitted(Instance instance, IndexedOffer o) {
        ForMeRanking.Filter f = instance.filter();
        return !o.validThrough().isBefore(TODAY)
                && f.deadlineAfter().map(d -> o.validThrough().isAfter(d)).orElse(true)
                && f.fieldCode().map(o.fieldCode()::equals).orElse(true)
                && f.provinceCode().map(p -> p.equals(o.provinceCode())).orElse(true)
                && f.workMode().map(m -> m == o.workMode()).orElse(true)
                && f.requiredItem().map(o.requiredItems()::contains).orElse(true)
                && o.audience().admits(instance.student());
    }

    private static IndexedOffer offer(Random random, UUID id, List<UUID> items) {
        int workMode = random.nextInt(3);
        IndexedOffer.Audience audience = random.nextInt(3) > 0
                ? IndexedOffer.Audience.ANYONE
                : new IndexedOffer.Audience(
                        random.nextBoolean() ? Set.of(pick(random, SCHOOLS)) : Set.of(),
                        random.nextBoolean() ? Set.of("P" + random.nextInt(2)) : Set.of(),
                        random.nextBoolean()
                                ? Set.copyOf(List.of(1 + random.nextInt(4), 1 + random.nextInt(4)))
                                : Set.of());
        return new IndexedOffer(
                id,
                List.copyOf(subset(random, items)),
                TODAY.plusDays(random.nextInt(6) - 1),
                pick(random, FIELDS),
                workMode == 1 ? null : pick(random, PROVINCES),
                workMode,
                audience);
    }

    private static ForMeRanking.Filter randomFilter(Random random, List<UUID> items) {
        return new ForMeRanking.Filter(
                random.nextInt(3) == 0 ? Optional.of(pick(random, FIELDS)) : Optional.empty(),
                random.nextInt(4) == 0 ? Optional.of(pick(random, PROVINCES)) : Optional.empty(),
                random.nextInt(4) == 0 ? Optional.of(random.nextInt(3)) : Optional.empty(),
                random.nextInt(5) == 0 ? Optional.of(pick(random, items)) : Optional.empty(),
                random.nextInt(4) == 0 ? Optional.of(TODAY.plusDays(random.nextInt(4))) : Optional.empty());
    }

    private static Set<UUID> subset(Random random, List<UUID> items) {
        Set<UUID> subset = new HashSet<>();
        for (int i = random.nextInt(Math.min(items.size(), 8) + 1); i > 0; i--) {
            subset.add(pick(random, items));
        }
        return subset;
    }

    /** Random bits: about half the ids have the sign bit set, so signed and unsigned orders differ often. */
    private static UUID randomId(Random random) {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
