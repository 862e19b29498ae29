package vn.practica.placement.matching;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.practica.placement.application.ApplicationWorld.PROBLEM;
import static vn.practica.placement.application.ApplicationWorld.with;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.practica.placement.application.ApplicationOutbox;
import vn.practica.placement.application.ApplicationWorld;
import vn.practica.placement.application.ApplicationWorld.Applicant;
import vn.practica.placement.placement.Requester;
import vn.practica.testkit.TestTokens;

/**
 * A business's own inputs to a round, end to end: it lists who ranked its offer (never how high), scores them and
 * the run follows its scores; a business-wide capacity makes the run admit no more than that across its offers;
 * other businesses, schools and bad scores change nothing; a matched round takes no more inputs.
 */
@QuarkusTest
class RoundScoreResourceTest {
    private static final String ROUNDS = "/api/v1/matching-rounds";

    private static ApplicationWorld world;
    private static ApplicationWorld rival;

    @Inject
    RoundScoreService scoreService;

    @BeforeEach
    void announce() {
        if (world == null) {
            world = ApplicationWorld.announce("SCORE");
            rival = world.withNewBusiness();
        }
    }

    @Test
    void theRunAdmitsTheStudentTheBusinessScoredOverTheLottery() {
        String wanted = world.openOffer("score-wanted", with(world.offer("Dự án chấm điểm"), "totalJobOpenings", 1));
        String fallback = rival.openOffer("score-fallback", with(rival.offer("Dự án dự phòng"), "totalJobOpenings", 2));
        List<Applicant> students = world.registerStudents("SCORE", 3);
        String round = openRound();
        for (Applicant student : students) {
            Rounds.rank(round, student, wanted, fallback).statusCode(200);
        }
        Rounds.closeAsState(round);

        JsonPath page = candidates(round, wanted, world.businessToken(), "?limit=2")
                .statusCode(200)
                .body("items", hasSize(2))
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("rank")))
                .body("nextCursor", notNullValue())
                .extract()
                .jsonPath();
        JsonPath rest = candidates(
                        round, wanted, world.businessToken(), "?limit=2&cursor=" + page.getString("nextCursor"))
                .statusCode(200)
                .body("items", hasSize(1))
                .body("nextCursor", nullValue())
                .extract()
                .jsonPath();
        Map<String, String> idByName = new HashMap<>();
        for (JsonPath p : List.of(page, rest)) {
            for (Map<String, Object> c : p.<Map<String, Object>>getList("items")) {
                idByName.put((String) c.get("givenName"), (String) c.get("studentId"));
            }
        }
        Applicant chosen = students.get(2);
        String chosenId = idByName.get("Tên " + chosen.sourcedId());

        scores(round, wanted, world.businessToken(), List.of(score(chosenId, 91.25)))
                .statusCode(200)
                .body("scored", equalTo(1));
        candidates(round, wanted, world.businessToken(), "")
                .body("items.find { it.studentId == '" + chosenId + "' }.score", equalTo(91.25f));

        Rounds.run(round);
        for (Applicant student : students) {
            String assigned = given().auth()
                    .oauth2(student.token())
                    .get(ROUNDS + "/" + round + "/results/me")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("assignedOfferId");
            assertEquals(student == chosen ? wanted : fallback, assigned, student.sourcedId());
        }
        scores(round, wanted, world.businessToken(), List.of())
                .statusCode(409)
                .body("type", equalTo("https://practica.vn/problems/round-already-matched"));
    }

    @Test
    void aBusinessWideCapacityBoundsWhatTheRunAdmitsAcrossItsOffers() {
        ApplicationWorld mentor = world.withNewBusiness();
        String first = mentor.openOffer("cap-first", with(mentor.offer("Dự án một"), "totalJobOpenings", 1));
        String second = mentor.openOffer("cap-second", with(mentor.offer("Dự án hai"), "totalJobOpenings", 1));
        List<Applicant> students = world.registerStudents("CAP", 2);
        String round = openRound();
        Rounds.rank(round, students.get(0), first).statusCode(200);
        Rounds.rank(round, students.get(1), second).statusCode(200);
        String capacity = ROUNDS + "/" + round + "/businesses/" + mentor.business() + "/capacity";

        given().auth()
                .oauth2(mentor.businessToken())
                .contentType(ContentType.JSON)
                .body(Map.of("capacity", 1))
                .put(capacity)
                .then()
                .statusCode(200)
                .body("capacity", equalTo(1))
                .body("offers", equalTo(2))
                .body("seats", equalTo(2));
        given().auth()
                .oauth2(world.businessToken())
                .contentType(ContentType.JSON)
                .body(Map.of("capacity", 50))
                .put(capacity)
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.state())
                .get(capacity)
                .then()
                .statusCode(200)
                .body("capacity", equalTo(1));
        Rounds.closeAsState(round);
        Rounds.run(round);

        List<String> outcomes = new java.util.ArrayList<>();
        int matched = 0;
        for (Applicant student : students) {
            JsonPath result = given().auth()
                    .oauth2(student.token())
                    .get(ROUNDS + "/" + round + "/results/me")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            matched += result.getString("assignedOfferId") == null ? 0 : 1;
            outcomes.add(result.getString("choices[0].outcome"));
        }
        assertEquals(1, matched, "two one-seat offers, one mentor: one student");
        assertEquals(true, outcomes.contains("BUSINESS_FULL_WITH_HIGHER_PRIORITY"), outcomes.toString());
        given().auth()
                .oauth2(mentor.businessToken())
                .delete(capacity)
                .then()
                .statusCode(409)
                .body("type", equalTo("https://practica.vn/problems/round-already-matched"));
    }

    @Test
    void onlyTheOwningBusinessScoresOnlyItsCandidatesAndABadListChangesNothing() {
        String offer = world.openOffer("score-guard", with(world.offer("Dự án kiểm tra"), "totalJobOpenings", 2));
        List<Applicant> students = world.registerStudents("GUARD", 2);
        String round = openRound();
        Rounds.rank(round, students.get(0), offer).statusCode(200);
        String candidate = candidates(round, offer, world.businessToken(), "")
                .statusCode(200)
                .body("items", hasSize(1))
                .extract()
                .path("items[0].studentId");
        scores(round, offer, world.businessToken(), List.of(score(candidate, 70)))
                .statusCode(200);

        candidates(round, offer, rival.businessToken(), "").statusCode(404).contentType(PROBLEM);
        scores(round, offer, rival.businessToken(), List.of(score(candidate, 1)))
                .statusCode(404);
        scores(round, offer, world.schoolToken(), List.of(score(candidate, 1))).statusCode(403);
        scores(
                        round,
                        offer,
                        world.businessToken(),
                        List.of(score(candidate, 50), score(world.school().toString(), 10)))
                .statusCode(422)
                .body("type", equalTo("https://practica.vn/problems/invalid-scores"))
                .body("errors.field", hasItem("scores[1].studentId"));
        scores(round, offer, world.businessToken(), List.of(score(candidate, 50), score(candidate, 60)))
                .statusCode(422)
                .body("errors.field", hasItem("scores[1].studentId"));
        for (Object bad : List.of(100.00001, -1, Double.MAX_VALUE, "70", 12.34567)) {
            scores(round, offer, world.businessToken(), List.of(score(candidate, bad)))
                    .statusCode(400)
                    .contentType(PROBLEM);
        }
        candidates(round, offer, world.businessToken(), "?cursor=not-ours").statusCode(400);
        candidates(round, "not-a-uuid", world.businessToken(), "").statusCode(400);
        assertEquals(
                700_000L,
                ApplicationOutbox.count("select sum(score) from round_score where round_id = cast(?1 as uuid)", round));
    }

    @Test
    void aBusinessReplacingItsScoresWhileAnotherReplacementIsUnderWayWaitsAndItsListStands() throws Exception {
        String offer = world.openOffer("score-race", with(world.offer("Dự án chấm song song"), "totalJobOpenings", 1));
        Applicant student = world.registerStudents("RACE", 1).get(0);
        String round = openRound();
        Rounds.rank(round, student, offer).statusCode(200);
        String candidate = candidates(round, offer, world.businessToken(), "")
                .statusCode(200)
                .extract()
                .path("items[0].studentId");
        Requester business =
                new Requester(false, Optional.of(world.business()), Optional.empty(), Optional.empty(), "business");

        CompletableFuture<ValidatableResponse> later;
        QuarkusTransaction.begin();
        try {
            scoreService.replaceScores(
                    UUID.fromString(round),
                    UUID.fromString(offer),
                    business,
                    List.of(new ScoresRequest.Entry(UUID.fromString(candidate), new BigDecimal("10"))));
            later = CompletableFuture.supplyAsync(
                    () -> scores(round, offer, world.businessToken(), List.of(score(candidate, 20))));
            Rounds.awaitBlockedOn("round_offer");
        } finally {
            QuarkusTransaction.commit();
        }

        later.get(60, TimeUnit.SECONDS).statusCode(200);
        assertEquals(
                200_000L,
                ApplicationOutbox.count("select sum(score) from round_score where round_id = cast(?1 as uuid)", round));
    }

    private static String openRound() {
        return Rounds.openByState(Rounds.body("Đợt có điểm doanh nghiệp", "2027-S2", world.field()));
    }

    private static ValidatableResponse candidates(String round, String offer, String token, String query) {
        return given().auth()
                .oauth2(token)
                .get(ROUNDS + "/" + round + "/offers/" + offer + "/candidates" + query)
                .then();
    }

    private static ValidatableResponse scores(String round, String offer, String token, List<Map<String, Object>> s) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("scores", s))
                .put(ROUNDS + "/" + round + "/offers/" + offer + "/scores")
                .then();
    }

    private static Map<String, Object> score(String studentId, Object value) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("studentId", studentId);
        entry.put("score", value);
        return entry;
    }
}
