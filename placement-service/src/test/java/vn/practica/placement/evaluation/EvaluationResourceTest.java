package vn.practica.placement.evaluation;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static vn.practica.placement.LifecycleCalls.evaluateLearner;
import static vn.practica.placement.LifecycleCalls.evaluatePlacement;
import static vn.practica.placement.LifecycleCalls.learnerScores;
import static vn.practica.placement.LifecycleCalls.placementScores;
import static vn.practica.placement.application.ApplicationWorld.PROBLEM;
import static vn.practica.placement.application.ApplicationWorld.get;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.practica.placement.LifecycleCalls;
import vn.practica.placement.LifecycleCalls.Active;
import vn.practica.placement.application.ApplicationOutbox;
import vn.practica.placement.application.ApplicationWorld;
import vn.practica.testkit.TestTokens;

/**
 * Evaluations through the API on real PostgreSQL: taken only while the window is open, final once submitted,
 * blind (another party's scores hidden until you submitted yours), the State reading aggregates without comments;
 * roles and tenancy.
 */
@QuarkusTest
class EvaluationResourceTest {
    private static ApplicationWorld world;

    @BeforeAll
    static void announce() {
        world = LifecycleCalls.announce("EVAL");
    }

    private static String evaluations(String placementId) {
        return "/api/v1/placements/" + placementId + "/evaluations";
    }

    @Test
    void nobodyReadsAnotherPartysScoresBeforeSubmittingTheirOwnAndEveryoneAfter() {
        Active placement = LifecycleCalls.activate(world, "EVAL-BLIND");
        LifecycleCalls.workAllHours(world, placement);
        evaluateLearner(placement.mentorToken(), placement.id(), learnerScores(world, 5, "Rất chủ động"))
                .statusCode(201)
                .body("evaluations.find { it.evaluator == 'MENTOR' }.objectiveScores[0].score", equalTo(5));
        get(world.schoolToken(), evaluations(placement.id()))
                .statusCode(200)
                .body("window.state", equalTo("OPEN"))
                .body("evaluations.find { it.evaluator == 'MENTOR' }.submitted", equalTo(true))
                .body("evaluations.find { it.evaluator == 'MENTOR' }.hidden", equalTo(true))
                .body("evaluations.find { it.evaluator == 'MENTOR' }", not(hasKey("objectiveScores")))
                .body("$", not(hasKey("aggregate")));
        get(placement.student().token(), evaluations(placement.id()))
                .body("evaluations.find { it.evaluator == 'MENTOR' }.hidden", equalTo(true))
                .body("evaluations.find { it.evaluator == 'MENTOR' }", not(hasKey("areaScores")));
        evaluatePlacement(placement.student().token(), placement.id(), placementScores("Học được nhiều"))
                .statusCode(201)
                .body("evaluations.find { it.evaluator == 'MENTOR' }.hidden", equalTo(false))
                .body(
                        "evaluations.find { it.evaluator == 'MENTOR' }.objectiveScores[0].comment",
                        equalTo("Rất chủ động"));
        get(placement.mentorToken(), evaluations(placement.id()))
                .body("evaluations.find { it.evaluator == 'LEARNER' }.comment", equalTo("Học được nhiều"))
                .body("evaluations.find { it.evaluator == 'SUPERVISOR' }.submitted", equalTo(false));
        get(TestTokens.state(), evaluations(placement.id()))
                .statusCode(200)
                .body("aggregate.items[0].meanScore", equalTo(5.0f))
                .body("aggregate.mentoringQuality", equalTo(5))
                .body("evaluations.find { it.evaluator == 'LEARNER' }", not(hasKey("comment")))
                .body("evaluations.find { it.evaluator == 'MENTOR' }", not(hasKey("objectiveScores")));
    }

    @Test
    void submittedScoresAreFinalAndMustCoverEveryObjectiveAndArea() {
        Active placement = LifecycleCalls.activate(world, "EVAL-FINAL");
        LifecycleCalls.workAllHours(world, placement);
        Map<String, Object> missingArea = Map.of(
                "objectiveScores",
                List.of(Map.of("itemId", world.item().toString(), "score", 4)),
                "areaScores",
                List.of(Map.of("code", "PRACTICAL_SKILLS", "score", 4)));
        refused(
                evaluateLearner(placement.mentorToken(), placement.id(), missingArea),
                422,
                "evaluation-scores-mismatch");
        Map<String, Object> otherItem = Map.of(
                "objectiveScores",
                List.of(Map.of("itemId", UUID.randomUUID().toString(), "score", 4)),
                "areaScores",
                List.of(Map.of("code", "PRACTICAL_SKILLS", "score", 4), Map.of("code", "WORK_ATTITUDE", "score", 4)));
        refused(evaluateLearner(placement.mentorToken(), placement.id(), otherItem), 422, "evaluation-scores-mismatch");
        Map<String, Object> six = Map.of(
                "objectiveScores",
                List.of(Map.of("itemId", world.item().toString(), "score", 6)),
                "areaScores",
                List.of());
        evaluateLearner(placement.mentorToken(), placement.id(), six)
                .statusCode(400)
                .contentType(PROBLEM);
        evaluateLearner(placement.mentorToken(), placement.id(), learnerScores(world, 4, null))
                .statusCode(201);
        refused(
                        evaluateLearner(placement.mentorToken(), placement.id(), learnerScores(world, 1, null)),
                        409,
                        "evaluation-already-submitted")
                .body("evaluator", equalTo("MENTOR"));
        get(world.businessToken(), evaluations(placement.id()))
                .body("evaluations.find { it.evaluator == 'MENTOR' }.objectiveScores[0].score", equalTo(4));
    }

    @Test
    void theWindowOpensWithTheHoursOrAfterTheEndDateAndOnlyThePartiesEvaluate() {
        Active placement = LifecycleCalls.activate(world, "EVAL-WINDOW");
        refused(
                        evaluateLearner(placement.mentorToken(), placement.id(), learnerScores(world, 4, null)),
                        409,
                        "evaluation-window-not-open")
                .body("opensAt", org.hamcrest.Matchers.notNullValue());
        get(world.schoolToken(), evaluations(placement.id())).body("window.state", equalTo("NOT_OPEN"));
        LifecycleCalls.endedYesterday(placement.id(), 2);
        evaluatePlacement(
                        placement.student().token(),
                        placement.id(),
                        Map.of("mentoringQuality", 5, "learningValue", 5, "workload", 5))
                .statusCode(201)
                .body("window.state", equalTo("OPEN"));
        refused(
                evaluateLearner(placement.student().token(), placement.id(), learnerScores(world, 4, null)),
                403,
                "forbidden");
        evaluateLearner(world.withNewBusiness().businessToken(), placement.id(), learnerScores(world, 4, null))
                .statusCode(404)
                .contentType(PROBLEM);
        get(world.withNewSchool().schoolToken(), evaluations(placement.id())).statusCode(404);
        get(world.registerStudent("SV-EVAL-OTHER").token(), evaluations(placement.id()))
                .statusCode(404);
        evaluateLearner(TestTokens.state(), placement.id(), learnerScores(world, 4, null))
                .statusCode(403);
        evaluatePlacement(world.businessToken(), placement.id(), placementScores("x"))
                .statusCode(403);
        evaluateLearner(world.schoolToken(), "not-a-uuid", learnerScores(world, 4, null))
                .statusCode(400);
        org.junit.jupiter.api.Assertions.assertEquals(
                1,
                ApplicationOutbox.count(
                        "select count(*) from evaluation where placement_id = cast(?1 as uuid)", placement.id()));
    }

    private static ValidatableResponse refused(ValidatableResponse response, int status, String type) {
        return response.statusCode(status)
                .contentType(PROBLEM)
                .body("type", equalTo("https://practica.vn/problems/" + type));
    }
}
