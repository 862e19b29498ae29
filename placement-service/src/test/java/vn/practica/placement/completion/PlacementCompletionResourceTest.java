package vn.practica.placement.completion;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.practica.placement.LifecycleCalls.TODAY;
import static vn.practica.placement.LifecycleCalls.decide;
import static vn.practica.placement.LifecycleCalls.entry;
import static vn.practica.placement.LifecycleCalls.evaluateLearner;
import static vn.practica.placement.LifecycleCalls.evaluatePlacement;
import static vn.practica.placement.LifecycleCalls.learnerScores;
import static vn.practica.placement.LifecycleCalls.placementScores;
import static vn.practica.placement.LifecycleCalls.record;
import static vn.practica.placement.LifecycleCalls.recorded;
import static vn.practica.placement.application.ApplicationWorld.get;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.practica.placement.LifecycleCalls;
import vn.practica.placement.LifecycleCalls.Active;
import vn.practica.placement.application.ApplicationOutbox;
import vn.practica.placement.application.ApplicationOutbox.Event;
import vn.practica.placement.application.ApplicationWorld;
import vn.practica.testkit.TestTokens;

/**
 * The whole lifecycle through the API on real PostgreSQL: an agreed, started placement whose approved hours reach
 * the total and whose two evaluations of the student are in completes, in the transaction of the last step, with
 * placement.completed carrying hours and mean scores and nothing personal; hours alone or evaluations alone do not
 * complete it.
 */
@QuarkusTest
class PlacementCompletionResourceTest {
    private static ApplicationWorld world;

    @BeforeAll
    static void announce() {
        world = LifecycleCalls.announce("COMPLETE");
    }

    @Test
    void hoursThenBothEvaluationsCompleteThePlacementAndAnnounceItWithoutAnythingPersonal() {
        Active placement = LifecycleCalls.activate(world, "DONE-FULL");
        LifecycleCalls.workAllHours(world, placement);
        get(world.schoolToken(), "/api/v1/placements/" + placement.id()).body("status", equalTo("ACTIVE"));
        evaluateLearner(placement.mentorToken(), placement.id(), learnerScores(world, 5, "Chăm chỉ, sáng tạo"))
                .statusCode(201);
        evaluatePlacement(placement.student().token(), placement.id(), placementScores("Người hướng dẫn tận tình"))
                .statusCode(201)
                .body("placementStatus", equalTo("ACTIVE"));
        evaluateLearner(placement.supervisorToken(), placement.id(), learnerScores(world, 4, "Tiến bộ rõ"))
                .statusCode(201)
                .body("placementStatus", equalTo("COMPLETED"))
                .body("aggregate.items[0].meanScore", equalTo(4.5f));
        get(placement.student().token(), "/api/v1/placements/" + placement.id()).body("status", equalTo("COMPLETED"));
        List<Event> events = ApplicationOutbox.ofOffer(placement.offerId());
        Event completed = events.get(events.size() - 1);
        assertEquals("placement.completed", completed.type());
        JsonNode data = completed.data();
        assertEquals(placement.id(), data.get("placementId").asText());
        assertEquals(LifecycleCalls.HOURS, data.get("agreedHours").asInt());
        assertEquals(16.0, data.get("approvedHours").asDouble());
        assertEquals(world.item().toString(), data.at("/itemScores/0/itemId").asText());
        assertEquals(4.5, data.at("/itemScores/0/meanScore").asDouble());
        assertEquals(TODAY.toString(), data.get("completedOn").asText());
        assertEquals(
                4, java.util.UUID.fromString(data.get("studentId").asText()).version());
        assertNothingPersonal(events, placement);
        List<String> trail = ApplicationOutbox.texts(
                "select action from placement_audit where placement_id = cast(?1 as uuid) order by id", placement.id());
        assertEquals("COMPLETED", trail.get(trail.size() - 1));
        assertEquals(3, trail.stream().filter("EVALUATION_SUBMITTED"::equals).count());
    }

    @Test
    void approvedHoursWithoutBothEvaluationsLeaveThePlacementActive() {
        Active placement = LifecycleCalls.activate(world, "DONE-HOURS");
        LifecycleCalls.workAllHours(world, placement);
        String extra = recorded(placement.student().token(), placement.id(), entry(world, TODAY, "1"));
        decide(placement.mentorToken(), placement.id(), extra, "approve", "1", null)
                .statusCode(200);
        evaluateLearner(placement.mentorToken(), placement.id(), learnerScores(world, 3, null))
                .statusCode(201);
        get(world.businessToken(), "/api/v1/placements/" + placement.id()).body("status", equalTo("ACTIVE"));
        get(world.businessToken(), LifecycleCalls.logbook(placement.id()))
                .body("approvedHours", equalTo(17.0f))
                .body("totalReachedAt", org.hamcrest.Matchers.notNullValue());
        assertFalse(ApplicationOutbox.typesOf(placement.offerId()).contains("placement.completed"));
    }

    @Test
    void bothEvaluationsWithoutTheHoursLeaveItActiveUntilTheLastApprovalCompletesIt() {
        Active placement = LifecycleCalls.activate(world, "DONE-EVALS");
        LifecycleCalls.endedYesterday(placement.id(), 3);
        evaluateLearner(placement.mentorToken(), placement.id(), learnerScores(world, 4, null))
                .statusCode(201);
        evaluateLearner(placement.supervisorToken(), placement.id(), learnerScores(world, 2, null))
                .statusCode(201)
                .body("placementStatus", equalTo("ACTIVE"));
        String first = recorded(placement.student().token(), placement.id(), entry(world, TODAY.minusDays(2), "8"));
        decide(placement.mentorToken(), placement.id(), first, "approve", "1", null)
                .statusCode(200);
        get(world.schoolToken(), "/api/v1/placements/" + placement.id()).body("status", equalTo("ACTIVE"));
        String last = recorded(placement.student().token(), placement.id(), entry(world, TODAY.minusDays(1), "8"));
        decide(placement.mentorToken(), placement.id(), last, "approve", "1", null)
                .statusCode(200);
        get(world.schoolToken(), "/api/v1/placements/" + placement.id()).body("status", equalTo("COMPLETED"));
        assertTrue(ApplicationOutbox.typesOf(placement.offerId()).contains("placement.completed"));
        record(placement.student().token(), placement.id(), entry(world, TODAY.minusDays(1), "1"))
                .statusCode(409)
                .body("type", equalTo("https://practica.vn/problems/logbook-placement-not-active"));
        evaluatePlacement(placement.student().token(), placement.id(), placementScores("Ổn"))
                .statusCode(201)
                .body("placementStatus", equalTo("COMPLETED"));
        get(TestTokens.state(), "/api/v1/placements/" + placement.id() + "/evaluations")
                .statusCode(200)
                .body("aggregate.items[0].meanScore", equalTo(3.0f))
                .body(
                        "evaluations.find { it.evaluator == 'LEARNER' }",
                        org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("comment")));
    }

    /** No event of the placement names the student, their e-mail, phone or login, or anything anyone wrote. */
    private static void assertNothingPersonal(List<Event> events, Active placement) {
        String sourcedId = placement.student().sourcedId().toLowerCase(Locale.ROOT);
        List<String> words = List.of(
                sourcedId,
                placement.student().login().toLowerCase(Locale.ROOT),
                "@",
                "+84",
                "chăm chỉ",
                "tận tình",
                "tiến bộ",
                "container",
                "mentor-",
                "gv-",
                "trần văn",
                "lê thị");
        for (Event event : events) {
            String text = event.data().toString().toLowerCase(Locale.ROOT);
            for (String word : words) {
                assertFalse(text.contains(word), event.type() + " carries " + word + ": " + text);
            }
        }
    }
}
