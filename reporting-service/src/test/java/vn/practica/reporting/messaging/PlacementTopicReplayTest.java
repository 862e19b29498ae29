package vn.practica.reporting.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.practica.reporting.PlacementEvents;
import vn.practica.reporting.PlacementEvents.Offer;
import vn.practica.reporting.PlacementEvents.Student;
import vn.practica.testkit.SampleEvents.SampleEvent;
import vn.practica.testkit.TestTokens;

/**
 * Rebuilding the placement facts from the topic's beginning (what PRACTICA_REPORTING_REBUILD_AT_START runs) gives
 * the same facts and the same KPIs as the live consumer built.
 */
@QuarkusTest
class PlacementTopicReplayTest {
    private static final String FACTS = "select string_agg(f, '|' order by f) from ("
            + "select 'o' || offer_id || status || seats || version || published_at as f from offer_fact union all"
            + " select 'a' || application_id || status || version || submitted_at || coalesce(withdrawn_at::text,"
            + " '-') from application_fact union all"
            + " select 'p' || placement_id || status || version || placed_at || coalesce(ended_at::text, '-')"
            + " from placement_fact union all"
            + " select 's' || student_id || year_of_study || version || registered_at from student_fact) facts";

    /** Tables over every fact the tests send (2026 and 2027), split every way the KPIs are. */
    private static final List<String> KPI_QUERIES = List.of(
            "period=year&groupBy=field,province,school,business",
            "period=quarter&groupBy=school",
            "period=month&groupBy=field,business");

    @Inject
    PlacementTopicReplay replay;

    @Inject
    EntityManager em;

    private String facts() {
        return QuarkusTransaction.requiringNew()
                .call(() -> (String) em.createNativeQuery(FACTS).getSingleResult());
    }

    private long inboxRows() {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from processed_event where source = ?1")
                                .setParameter(1, "/practica/placement-service")
                                .getSingleResult())
                        .longValue());
    }

    @Test
    void replayingTheTopicIntoEmptiedFactsGivesTheSameFactsAndKpis() {
        // Other tests apply batches that never were on the topic; a first rebuild leaves only the topic's facts
        replay.rebuild();
        Offer offer = Offer.of(UUID.randomUUID(), "IT", "HCM", 2);
        Student student = Student.of(UUID.randomUUID());
        UUID application = UUID.randomUUID();
        PlacementEvents events = new PlacementEvents()
                .student(student, 1, "2026-12-01T02:00:00Z")
                .published(offer, "2027-01-10T02:00:00Z")
                .applied(application, offer, student, "2027-02-01T02:00:00Z")
                .placed(UUID.randomUUID(), application, offer, student, "2027-02-04T02:00:00Z");
        for (int i = 0; i < 6; i++) {
            // enough students of one school that the KPIs compared are numbers, not suppressed cells
            events.applied(UUID.randomUUID(), offer, Student.of(student.school()), "2027-02-02T02:00:00Z");
        }
        events.send();
        List<String> ids = events.events().stream().map(SampleEvent::id).toList();
        await().atMost(Duration.ofSeconds(30)).until(() -> ids.stream().allMatch(this::applied));
        String before = facts();
        long inboxBefore = inboxRows();
        List<String> kpisBefore =
                KPI_QUERIES.stream().map(PlacementTopicReplayTest::kpis).toList();

        long records = replay.rebuild();

        assertTrue(records >= ids.size(), "read the whole topic: " + records);
        assertEquals(before, facts());
        assertEquals(inboxBefore, inboxRows());
        assertEquals(
                kpisBefore,
                KPI_QUERIES.stream().map(PlacementTopicReplayTest::kpis).toList());
    }

    private static String kpis(String query) {
        return given().auth()
                .oauth2(TestTokens.state())
                .when()
                .get("/api/v1/kpis/placements?from=2026-01-01&to=2027-12-31&" + query)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private boolean applied(String eventId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> !em.createNativeQuery("select 1 from processed_event where event_id = ?1")
                        .setParameter(1, eventId)
                        .getResultList()
                        .isEmpty());
    }
}
