package vn.practica.placement.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** "For me" ranking on small, named examples: the order, the filters, eligibility and the cursor position. */
class ForMeRankingTest {
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private static final UUID SQL = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID JAVA = UUID.fromString("00000000-0000-4000-8000-000000000002");
    private static final UUID TESTING = UUID.fromString("00000000-0000-4000-8000-000000000003");
    private static final UUID CLOUD = UUID.fromString("00000000-0000-4000-8000-000000000004");
    private static final UUID SCHOOL = UUID.fromString("00000000-0000-4000-8000-0000000000a1");
    private static final IndexedOffer.Standing STUDENT = new IndexedOffer.Standing(SCHOOL, "CTDT-DS", 3);
    private static final int ONSITE = 0;
    private static final int REMOTE = 1;

    private static UUID id(int n) {
        return UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n));
    }

    private static IndexedOffer offer(int n, List<UUID> items, int daysLeft) {
        return new IndexedOffer(
                id(n), items, TODAY.plusDays(daysLeft), "IT", "HN", ONSITE, IndexedOffer.Audience.ANYONE);
    }

    private static List<UUID> rank(OfferIndex index, Set<UUID> covered, ForMeRanking.Filter filter) {
        return ForMeRanking.rank(index, new ForMeRanking.Query(STUDENT, covered, filter, TODAY, Optional.empty(), 100))
                .stream()
                .map(ForMeRanking.Ranked::id)
                .toList();
    }

    @Test
    void moreCoveredFirstThenFewerMissingThenEarlierDeadlineThenId() {
        OfferIndex index = OfferIndex.of(List.of(
                offer(1, List.of(SQL), 30),
                offer(2, List.of(SQL, JAVA, CLOUD), 30),
                offer(3, List.of(SQL, JAVA), 30),
                offer(4, List.of(SQL, JAVA), 10),
                offer(5, List.of(CLOUD), 5),
                offer(6, List.of(SQL, JAVA), 10)));
        assertEquals(
                List.of(id(4), id(6), id(3), id(2), id(1), id(5)),
                rank(index, Set.of(SQL, JAVA, TESTING), ForMeRanking.Filter.NONE));
    }

    @Test
    void aProgrammeThatCoversNothingListsOffersByDeadlineAlone() {
        OfferIndex index = OfferIndex.of(List.of(
                offer(1, List.of(SQL), 30), offer(2, List.of(SQL, JAVA, CLOUD), 5), offer(3, List.of(JAVA), 10)));
        List<ForMeRanking.Ranked> ranked = ForMeRanking.rank(
                index,
                new ForMeRanking.Query(STUDENT, Set.of(), ForMeRanking.Filter.NONE, TODAY, Optional.empty(), 10));
        assertEquals(
                List.of(id(2), id(3), id(1)),
                ranked.stream().map(ForMeRanking.Ranked::id).toList());
        assertTrue(ranked.stream()
                .allMatch(r -> r.coveredCount() == 0 && r.position().missingCount() == 0));
        assertEquals(3, ranked.get(0).requiredCount());
    }

    @Test
    void offersPastTheirDeadlineOrNotAdmittingTheStudentAreLeftOut() {
        IndexedOffer otherSchool = new IndexedOffer(
                id(3),
                List.of(SQL),
                TODAY.plusDays(9),
                "IT",
                "HN",
                ONSITE,
                new IndexedOffer.Audience(Set.of(UUID.randomUUID()), Set.of(), Set.of()));
        IndexedOffer finalYears = new IndexedOffer(
                id(4),
                List.of(SQL),
                TODAY,
                "IT",
                "HN",
                ONSITE,
                new IndexedOffer.Audience(Set.of(), Set.of(), Set.of(4)));
        IndexedOffer ownProgramme = new IndexedOffer(
                id(5),
                List.of(SQL),
                TODAY,
                "IT",
                "HN",
                ONSITE,
                new IndexedOffer.Audience(Set.of(SCHOOL), Set.of("CTDT-DS"), Set.of(3, 4)));
        OfferIndex index = OfferIndex.of(
                List.of(offer(1, List.of(SQL), -1), offer(2, List.of(SQL), 0), otherSchool, finalYears, ownProgramme));
        assertEquals(List.of(id(2), id(5)), rank(index, Set.of(SQL), ForMeRanking.Filter.NONE));
    }

    @Test
    void filtersNarrowByFieldProvinceWorkModeItemAndDeadline() {
        IndexedOffer remote = new IndexedOffer(
                id(2), List.of(JAVA), TODAY.plusDays(20), "FINTECH", null, REMOTE, IndexedOffer.Audience.ANYONE);
        OfferIndex index = OfferIndex.of(List.of(offer(1, List.of(SQL), 10), remote));
        assertEquals(List.of(id(2)), rank(index, Set.of(SQL), filter("FINTECH", null, null, null, null)));
        assertEquals(List.of(id(1)), rank(index, Set.of(SQL), filter(null, "HN", null, null, null)));
        assertEquals(List.of(id(2)), rank(index, Set.of(SQL), filter(null, null, REMOTE, null, null)));
        assertEquals(List.of(id(1)), rank(index, Set.of(SQL), filter(null, null, null, SQL, null)));
        assertEquals(List.of(id(2)), rank(index, Set.of(SQL), filter(null, null, null, null, TODAY.plusDays(10))));
        assertEquals(List.of(), rank(index, Set.of(SQL), filter("TOURISM", null, null, null, null)));
        assertEquals(List.of(), rank(index, Set.of(SQL), filter(null, null, null, TESTING, null)));
    }

    @Test
    void aPageAfterAPositionContinuesTheOrderWithoutRepeats() {
        OfferIndex index = OfferIndex.of(List.of(
                offer(1, List.of(SQL), 30),
                offer(2, List.of(SQL, JAVA), 30),
                offer(3, List.of(SQL, JAVA), 30),
                offer(4, List.of(CLOUD), 1)));
        List<ForMeRanking.Ranked> first = ForMeRanking.rank(
                index,
                new ForMeRanking.Query(
                        STUDENT, Set.of(SQL, JAVA), ForMeRanking.Filter.NONE, TODAY, Optional.empty(), 2));
        assertEquals(
                List.of(id(2), id(3)),
                first.stream().map(ForMeRanking.Ranked::id).toList());
        assertEquals(
                new ForMeRanking.Position(2, 0, TODAY.plusDays(30), id(3)),
                first.get(1).position());
        List<ForMeRanking.Ranked> rest = ForMeRanking.rank(
                index,
                new ForMeRanking.Query(
                        STUDENT,
                        Set.of(SQL, JAVA),
                        ForMeRanking.Filter.NONE,
                        TODAY,
                        Optional.of(first.get(1).position()),
                        10));
        assertEquals(
                List.of(id(1), id(4)),
                rest.stream().map(ForMeRanking.Ranked::id).toList());
    }

    @Test
    void idsAreOrderedUnsignedAsPostgresqlOrdersThem() {
        UUID high = UUID.fromString("f0000000-0000-4000-8000-000000000000");
        UUID low = UUID.fromString("10000000-0000-4000-8000-000000000000");
        assertTrue(high.compareTo(low) < 0, "UUID.compareTo is signed");
        assertTrue(OfferIndex.compareIds(high, low) > 0);
        OfferIndex index = OfferIndex.of(List.of(
                new IndexedOffer(high, List.of(SQL), TODAY, "IT", "HN", ONSITE, IndexedOffer.Audience.ANYONE),
                new IndexedOffer(low, List.of(SQL), TODAY, "IT", "HN", ONSITE, IndexedOffer.Audience.ANYONE)));
        assertEquals(List.of(low, high), rank(index, Set.of(SQL), ForMeRanking.Filter.NONE));
    }

    @Test
    void aChangedOfferReplacesItsRowAndARemovedOneLeaves() {
        OfferIndex index = OfferIndex.of(List.of(offer(1, List.of(SQL), 30), offer(2, List.of(JAVA), 30)));
        OfferIndex next =
                index.with(List.of(offer(2, List.of(SQL, CLOUD), 30), offer(3, List.of(CLOUD), 3)), List.of(id(1)));
        assertFalse(next.holds(id(1)));
        assertEquals(2, next.size());
        assertEquals(List.of(id(2), id(3)), rank(next, Set.of(SQL), ForMeRanking.Filter.NONE));
        assertEquals(2, index.size(), "the index before stays as it was");
        assertEquals(List.of(id(1), id(2)), rank(index, Set.of(SQL), ForMeRanking.Filter.NONE));
    }

    private static ForMeRanking.Filter filter(
            String field, String province, Integer workMode, UUID item, LocalDate deadlineAfter) {
        return new ForMeRanking.Filter(
                Optional.ofNullable(field),
                Optional.ofNullable(province),
                Optional.ofNullable(workMode),
                Optional.ofNullable(item),
                Optional.ofNullable(deadlineAfter));
    }
}
