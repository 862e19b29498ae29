package vn.practica.placement.offer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.practica.platform.problem.Problem.FieldError;

/** The rules across an offer's members and for opening, without a database. */
class OfferRulesTest {
    private static final LocalDate START = LocalDate.of(2027, 3, 1);

    private static OfferContent content(
            WorkMode mode, String province, LocalDate start, LocalDate end, LocalDate deadline) {
        return new OfferContent(
                "Thực tập",
                "Mô tả",
                "IT",
                List.of(UUID.randomUUID()),
                3,
                mode,
                province,
                start,
                end,
                480,
                deadline,
                null,
                null,
                null,
                null,
                "INTERNSHIP",
                ContributionKind.INTERNSHIP);
    }

    private static OfferContent valid() {
        return content(WorkMode.HYBRID, "HN", START, START.plusDays(90), START.minusDays(14));
    }

    private static List<String> members(List<FieldError> problems) {
        return problems.stream().map(FieldError::field).toList();
    }

    @Test
    void aConsistentOfferHasNoProblemAndItsDeadlineMayBeItsFirstDay() {
        assertEquals(List.of(), OfferRules.contentProblems(valid()));
        assertEquals(List.of(), OfferRules.contentProblems(content(WorkMode.ONSITE, "DN", START, START, START)));
    }

    @Test
    void theEndMayNotPrecedeTheStartNorTheDeadlineFollowIt() {
        OfferContent backwards = content(WorkMode.HYBRID, "HN", START, START.minusDays(1), START.plusDays(1));
        assertEquals(List.of("jobEndDate", "validThrough"), members(OfferRules.contentProblems(backwards)));
    }

    @Test
    void onsiteAndHybridWorkNameAProvinceAndRemoteWorkNone() {
        assertEquals(
                List.of("provinceCode"),
                members(OfferRules.contentProblems(content(WorkMode.ONSITE, null, START, START, START.minusDays(1)))));
        assertEquals(
                List.of("provinceCode"),
                members(OfferRules.contentProblems(content(WorkMode.REMOTE, "HN", START, START, START.minusDays(1)))));
        assertEquals(
                List.of(),
                OfferRules.contentProblems(content(WorkMode.REMOTE, null, START, START, START.minusDays(1))));
    }

    @Test
    void datesOutsideTheSaneRangeAreNamedEach() {
        LocalDate far = LocalDate.of(2101, 1, 1);
        assertEquals(
                List.of("jobStartDate", "jobEndDate", "validThrough"),
                members(OfferRules.contentProblems(content(WorkMode.HYBRID, "HN", far, far, far))));
    }

    @Test
    void anOfferOpensUntilItsDeadlineDayAndNotOnceItsStartOrDeadlineHasPassed() {
        OfferContent offer = valid();
        assertEquals(List.of(), OfferRules.openingProblems(offer, offer.validThrough()));
        assertEquals(
                List.of("validThrough"),
                members(OfferRules.openingProblems(offer, offer.validThrough().plusDays(1))));
        assertEquals(
                List.of("jobStartDate", "validThrough"), members(OfferRules.openingProblems(offer, START.plusDays(1))));
    }

    @Test
    void todayIsTheDayInVietnamNotInUtc() {
        // 18:30 UTC on 28 February is already 1 March in Hà Nội (UTC+7)
        Clock evening = Clock.fixed(Instant.parse("2027-02-28T18:30:00Z"), ZoneOffset.UTC);
        assertEquals(LocalDate.of(2027, 3, 1), OfferRules.today(evening));
    }

    @Test
    void theSameOfferInAnotherOrderIsTheSameContent() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        OfferContent one = new OfferContent(
                " Thực tập ",
                "Mô tả",
                "IT",
                List.of(a, b, a),
                3,
                WorkMode.HYBRID,
                "HN",
                START,
                START,
                480,
                START,
                null,
                new OfferEligibility(List.of(), List.of("P2", "P1"), List.of(4, 3)),
                List.of("m2", "m1"),
                List.of(" Vì sao? "),
                "INTERNSHIP",
                ContributionKind.INTERNSHIP);
        OfferContent other = new OfferContent(
                "Thực tập",
                "Mô tả",
                "IT",
                List.of(b, a),
                3,
                WorkMode.HYBRID,
                "HN",
                START,
                START,
                480,
                START,
                null,
                new OfferEligibility(null, List.of("P1", "P2"), List.of(3, 4)),
                List.of("m1", "m2"),
                List.of("Vì sao?"),
                "INTERNSHIP",
                ContributionKind.INTERNSHIP);
        assertEquals(one, other);
    }
}
