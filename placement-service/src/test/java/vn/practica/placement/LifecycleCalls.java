package vn.practica.placement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.practica.placement.application.ApplicationWorld;
import vn.practica.placement.application.ApplicationWorld.Applicant;
import vn.practica.platform.security.Roles;
import vn.practica.testkit.TestTokens;

/**
 * What logbook, evaluation and completion tests do through the API: an ACTIVE placement of a few hours starting
 * today (agreed by its three parties and started by the business), entries, decisions and evaluations.
 */
public final class LifecycleCalls {
    /** Hours the test placements agree on: two entries of 8 on the start day reach them. */
    public static final int HOURS = 16;

    public static final LocalDate TODAY = ApplicationWorld.TODAY;

    private LifecycleCalls() {}

    /** An ACTIVE placement, its student, its offer, and tokens of the mentor and the supervisor by their subs. */
    public record Active(String id, Applicant student, String offerId, String mentorToken, String supervisorToken) {}

    /** The world for lifecycle tests: a cooperation model from 1 hour, so a placement completes in a day. */
    public static ApplicationWorld announce(String prefix) {
        return ApplicationWorld.announce(prefix, 1);
    }

    /** A remote internship from today of {@link #HOURS} hours, accepted, agreed by all three and started. */
    public static Active activate(ApplicationWorld world, String ref) {
        Applicant student = world.registerStudent("SV-" + ref);
        String mentor = "mentor-" + ref;
        String supervisor = "gv-" + ref;
        Map<String, Object> offer = new HashMap<>(world.offer("Dự án " + ref));
        offer.put("mentorSubjects", List.of(mentor));
        offer.put("jobStartDate", TODAY.toString());
        offer.put("jobEndDate", TODAY.plusDays(30).toString());
        offer.put("validThrough", TODAY.toString());
        offer.put("expectedHours", HOURS);
        String offerId = world.openOffer(ref, offer);
        String placement = ApplicationWorld.accepted(student, world.offered(student, offerId));
        revise(world.schoolToken(), placement, "1", Map.of("schoolSupervisor", person(supervisor, "Trần Văn Đức")));
        revise(world.businessToken(), placement, "2", Map.of("businessMentor", person(mentor, "Lê Thị Ánh")));
        confirm(student.token(), placement);
        confirm(world.schoolToken(), placement);
        confirm(world.businessToken(), placement);
        given().auth()
                .oauth2(world.businessToken())
                .header("If-Match", "*")
                .when()
                .post("/api/v1/placements/" + placement + "/start")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));
        String org = world.business().toString();
        return new Active(
                placement,
                student,
                offerId,
                TestTokens.user(mentor, Roles.BUSINESS, org),
                TestTokens.user(supervisor, Roles.SCHOOL, world.school().toString()));
    }

    public static String logbook(String placementId) {
        return "/api/v1/placements/" + placementId + "/logbook";
    }

    /** An entry of {@code hours} on {@code date} practising the world's item. */
    public static Map<String, Object> entry(ApplicationWorld world, LocalDate date, String hours) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", date.toString());
        body.put("hours", new java.math.BigDecimal(hours));
        body.put("activity", "Phân tích dữ liệu bãi container cùng người hướng dẫn");
        body.put("competencyItemIds", List.of(world.item().toString()));
        body.put("evidenceUrl", "https://git.example.vn/sv/du-an/commit/1");
        return body;
    }

    public static ValidatableResponse record(String token, String placementId, Map<String, Object> entry) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(entry)
                .when()
                .post(logbook(placementId) + "/entries")
                .then();
    }

    /** A recorded entry's id. */
    public static String recorded(String token, String placementId, Map<String, Object> entry) {
        return record(token, placementId, entry).statusCode(201).extract().path("id");
    }

    /** POST .../entries/{entryId}/{decision} ({@code approve}, {@code return}) with If-Match. */
    public static ValidatableResponse decide(
            String token, String placementId, String entryId, String decision, String ifMatch, Map<String, ?> body) {
        var request = given().auth().oauth2(token).header("If-Match", ifMatch);
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.when()
                .post(logbook(placementId) + "/entries/" + entryId + "/" + decision)
                .then();
    }

    public static ValidatableResponse evaluateLearner(String token, String placementId, Map<String, ?> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/placements/" + placementId + "/evaluations/learner")
                .then();
    }

    public static ValidatableResponse evaluatePlacement(String token, String placementId, Map<String, ?> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/placements/" + placementId + "/evaluations/placement")
                .then();
    }

    /** Scores of the learner: {@code score} for the world's item and for each area of the sample model. */
    public static Map<String, Object> learnerScores(ApplicationWorld world, int score, String comment) {
        Map<String, Object> objective = new HashMap<>();
        objective.put("itemId", world.item().toString());
        objective.put("score", score);
        objective.put("comment", comment);
        return Map.of(
                "objectiveScores",
                List.of(objective),
                "areaScores",
                List.of(
                        Map.of("code", "PRACTICAL_SKILLS", "score", score),
                        Map.of("code", "WORK_ATTITUDE", "score", score)));
    }

    public static Map<String, Object> placementScores(String comment) {
        return Map.of("mentoringQuality", 5, "learningValue", 4, "workload", 3, "comment", comment);
    }

    /** Records and approves two entries of 8 hours today: the approved hours reach {@link #HOURS}. */
    public static void workAllHours(ApplicationWorld world, Active placement) {
        for (int i = 0; i < 2; i++) {
            String entry = recorded(placement.student().token(), placement.id(), entry(world, TODAY, "8"));
            decide(placement.mentorToken(), placement.id(), entry, "approve", "1", null)
                    .statusCode(200);
        }
    }

    /** Moves the agreed period back in time (tests only): it started {@code daysAgo} and ended yesterday. */
    public static void endedYesterday(String placementId, int daysAgo) {
        QuarkusTransaction.requiringNew()
                .run(() -> em().createNativeQuery(
                                "update agreement set start_date = ?2, end_date = ?3 where placement_id = ?1")
                        .setParameter(1, java.util.UUID.fromString(placementId))
                        .setParameter(2, TODAY.minusDays(daysAgo))
                        .setParameter(3, TODAY.minusDays(1))
                        .executeUpdate());
    }

    private static void revise(String token, String placementId, String ifMatch, Map<String, ?> body) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .header("If-Match", ifMatch)
                .body(body)
                .when()
                .patch("/api/v1/placements/" + placementId + "/agreement")
                .then()
                .statusCode(200);
    }

    private static void confirm(String token, String placementId) {
        given().auth()
                .oauth2(token)
                .header("If-Match", "3")
                .when()
                .post("/api/v1/placements/" + placementId + "/agreement/confirm")
                .then()
                .statusCode(200);
    }

    private static Map<String, String> person(String subject, String name) {
        return Map.of("subject", subject, "name", name);
    }

    private static EntityManager em() {
        return Arc.container().instance(EntityManager.class).get();
    }
}
