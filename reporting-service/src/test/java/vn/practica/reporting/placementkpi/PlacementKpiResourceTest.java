package vn.practica.reporting.placementkpi;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.practica.reporting.placementkpi.KpiTables.assertKpis;
import static vn.practica.reporting.placementkpi.KpiTables.kpis;
import static vn.practica.reporting.placementkpi.KpiTables.read;
import static vn.practica.reporting.placementkpi.KpiTables.row;
import static vn.practica.reporting.placementkpi.KpiTables.rows;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.practica.events.Topics;
import vn.practica.testkit.SampleEvents;
import vn.practica.testkit.SampleEvents.SampleEvent;
import vn.practica.testkit.TestTokens;

/**
 * Placement KPIs of a known event sequence ({@link PlacementKpiStory}), sent on the real broker, against values
 * worked out by hand; then what duplicates, disorder, small cells and the roles change of them.
 */
@QuarkusTest
class PlacementKpiResourceTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final List<String> ALL = List.of();
    private static PlacementKpiStory story;

    /** The story, sent once for the class and applied before the first test reads it. */
    private static synchronized PlacementKpiStory story() {
        if (story == null) {
            story = new PlacementKpiStory();
            story.events.send();
            await().atMost(PATIENCE)
                    .untilAsserted(() -> assertEquals(3, rows(byBusiness(story)).size()));
            await().atMost(PATIENCE)
                    .untilAsserted(() -> assertEquals(
                            1L,
                            ((Number) row(byBusiness(story), "2027-Q3", ALL, Map.of())
                                            .get("terminations"))
                                    .longValue()));
        }
        return story;
    }

    private static Map<String, Object> byBusiness(PlacementKpiStory s, String... more) {
        List<String> query = new ArrayList<>(List.of(
                "businessId", s.business.toString(), "period", "quarter", "from", "2027-01-01", "to", "2027-12-31"));
        query.addAll(List.of(more));
        return read(TestTokens.state(), query.toArray(String[]::new));
    }

    @Test
    void kpisOfAKnownEventSequenceEqualTheHandComputedValues() {
        Map<String, Object> table = byBusiness(story());

        assertEquals(
                List.of("2027-Q1", "2027-Q2", "2027-Q3"),
                rows(table).stream().map(r -> r.get("period")).toList());
        assertKpis(
                kpis(
                        "periodStart",
                        "2027-01-01",
                        "suppressed",
                        false,
                        "offersPublished",
                        1,
                        "seatsOffered",
                        3,
                        "filledSeats",
                        2,
                        "fillRate",
                        0.6667,
                        "applications",
                        7,
                        "activeApplicants",
                        7,
                        "placedApplicants",
                        3,
                        "placementRate",
                        0.4286,
                        "unmetDemand",
                        4,
                        "medianDaysToPlacement",
                        10.0,
                        "applicationWithdrawals",
                        1,
                        "placementWithdrawals",
                        1,
                        "terminations",
                        0,
                        "participatingBusinesses",
                        1,
                        "newBusinesses",
                        1,
                        "repeatBusinesses",
                        0,
                        "participatingSchools",
                        2,
                        "newSchools",
                        2,
                        "repeatSchools",
                        0),
                row(table, "2027-Q1", ALL, Map.of()));
        assertKpis(
                kpis(
                        "suppressed",
                        false,
                        "offersPublished",
                        1,
                        "seatsOffered",
                        1,
                        "filledSeats",
                        0,
                        "fillRate",
                        0.0,
                        "applications",
                        5,
                        "activeApplicants",
                        5,
                        "placedApplicants",
                        1,
                        "placementRate",
                        0.2,
                        "unmetDemand",
                        4,
                        "medianDaysToPlacement",
                        4.0,
                        "applicationWithdrawals",
                        0,
                        "placementWithdrawals",
                        0,
                        "terminations",
                        1,
                        "participatingBusinesses",
                        1,
                        "newBusinesses",
                        0,
                        "repeatBusinesses",
                        1,
                        "participatingSchools",
                        1,
                        "newSchools",
                        0,
                        "repeatSchools",
                        1),
                row(table, "2027-Q3", ALL, Map.of()));
    }

    @Test
    void aPeriodOfOneStudentShowsItsOffersButNoStudentCount() {
        Map<String, Object> q2 = row(byBusiness(story()), "2027-Q2", ALL, Map.of());

        assertKpis(
                kpis(
                        "suppressed",
                        true,
                        "offersPublished",
                        1,
                        "seatsOffered",
                        2,
                        "participatingBusinesses",
                        1,
                        "newBusinesses",
                        0,
                        "repeatBusinesses",
                        1,
                        "filledSeats",
                        null,
                        "fillRate",
                        null,
                        "applications",
                        null,
                        "activeApplicants",
                        null,
                        "placedApplicants",
                        null,
                        "placementRate",
                        null,
                        "unmetDemand",
                        null,
                        "medianDaysToPlacement",
                        null,
                        "applicationWithdrawals",
                        null,
                        "placementWithdrawals",
                        null,
                        "terminations",
                        null,
                        "participatingSchools",
                        null,
                        "newSchools",
                        null,
                        "repeatSchools",
                        null),
                q2);
    }

    @Test
    void aSchoolOfOneStudentIsSuppressedWithItsComplementSoTheTotalGivesNothingAway() {
        PlacementKpiStory s = story();
        Map<String, Object> table = byBusiness(s, "groupBy", "school");

        Map<String, Object> total = row(table, "2027-Q1", List.of("school"), Map.of());
        Map<String, Object> a = row(table, "2027-Q1", ALL, Map.of("schoolId", s.schoolA));
        Map<String, Object> b = row(table, "2027-Q1", ALL, Map.of("schoolId", s.schoolB));
        assertKpis(kpis("suppressed", false, "applications", 7, "activeApplicants", 7), total);
        // B has one student; A (six) is suppressed too, or total minus A would give B away
        assertKpis(kpis("suppressed", true, "applications", null, "activeApplicants", null), b);
        assertKpis(kpis("suppressed", true, "applications", null, "activeApplicants", null), a);
        // Offers belong to no school: the school rows have no offer side, the total has
        assertKpis(kpis("offersPublished", 1, "seatsOffered", 3), total);
        assertNull(a.get("offersPublished"));
        assertEquals(
                2,
                rows(table).stream()
                        .filter(r -> "2027-Q1".equals(r.get("period")) && r.get("schoolId") != null)
                        .count());
    }

    @Test
    void noPublishedRowOfAGroupLetsASuppressedOneBeRecomputed() {
        PlacementKpiStory s = story();
        for (String groupBy : List.of("school", "field", "province", "field,school", "province,school")) {
            Map<String, Object> table = byBusiness(s, "groupBy", groupBy, "period", "quarter");
            for (Map<String, Object> parent : rows(table)) {
                @SuppressWarnings("unchecked")
                List<String> over = (List<String>) parent.get("totalOver");
                for (String dimension : over) {
                    List<Map<String, Object>> children = children(table, parent, dimension);
                    long hidden = children.stream()
                                    .filter(c -> (Boolean) c.get("suppressed"))
                                    .count()
                            + ((Boolean) parent.get("suppressed") ? 1 : 0);
                    assertTrue(hidden != 1, groupBy + ": one hidden cell beside " + parent + " and " + children);
                }
            }
        }
    }

    @Test
    void duplicatesAndOutOfOrderDeliveryChangeNothing() {
        PlacementKpiStory ordered = story();
        PlacementKpiStory shuffled = new PlacementKpiStory();
        List<SampleEvent> events = new ArrayList<>(shuffled.events.events());
        events.addAll(shuffled.events.events().subList(0, 12));
        Collections.shuffle(events, new Random(13));
        SampleEvents.send(Topics.PLACEMENT, events.toArray(SampleEvent[]::new));

        for (String groupBy : List.of("", "school", "field,province")) {
            List<Map<String, Object>> expected = canonical(ordered, rows(byBusiness(ordered, "groupBy", groupBy)));
            await().atMost(PATIENCE)
                    .untilAsserted(() -> assertEquals(
                            expected, canonical(shuffled, rows(byBusiness(shuffled, "groupBy", groupBy)))));
        }
    }

    /** The rows with the story's schools named A and B, in one order, so two stories compare. */
    private static List<Map<String, Object>> canonical(PlacementKpiStory s, List<Map<String, Object>> rows) {
        return rows.stream()
                .map(r -> {
                    Map<String, Object> copy = new java.util.HashMap<>(r);
                    Object school = r.get("schoolId");
                    if (school != null) {
                        copy.put("schoolId", school.equals(s.schoolA.toString()) ? "A" : "B");
                    }
                    return copy;
                })
                .sorted(java.util.Comparator.comparing(Object::toString))
                .toList();
    }

    private static List<Map<String, Object>> children(
            Map<String, Object> table, Map<String, Object> parent, String dimension) {
        String member = switch (dimension) {
            case "school" -> "schoolId";
            case "business" -> "businessId";
            default -> dimension;
        };
        @SuppressWarnings("unchecked")
        List<String> parentOver = (List<String>) parent.get("totalOver");
        List<String> childOver =
                parentOver.stream().filter(d -> !d.equals(dimension)).toList();
        return rows(table).stream()
                .filter(r -> r.get("period").equals(parent.get("period")) && childOver.equals(r.get("totalOver")))
                .filter(r -> List.of("field", "province", "schoolId", "businessId").stream()
                        .filter(m -> !m.equals(member))
                        .allMatch(m -> java.util.Objects.equals(r.get(m), parent.get(m))))
                .toList();
    }
}
