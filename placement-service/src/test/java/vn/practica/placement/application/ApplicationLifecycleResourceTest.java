package vn.practica.placement.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.practica.placement.application.ApplicationWorld.PROBLEM;
import static vn.practica.placement.application.ApplicationWorld.TODAY;
import static vn.practica.placement.application.ApplicationWorld.applied;
import static vn.practica.placement.application.ApplicationWorld.get;
import static vn.practica.placement.application.ApplicationWorld.move;
import static vn.practica.placement.application.ApplicationWorld.with;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.practica.placement.application.ApplicationWorld.Applicant;
import vn.practica.testkit.TestTokens;

/**
 * SUBMITTED → SHORTLISTED → OFFERED → ACCEPTED | DECLINED, REJECTED, WITHDRAWN, EXPIRED: who makes each move,
 * from which status, against which version, what it announces, and the placement an acceptance makes.
 */
@QuarkusTest
class ApplicationLifecycleResourceTest {
    private static ApplicationWorld world;

    @Inject
    ApplicationExpiryService expiry;

    @BeforeAll
    static void announce() {
        world = ApplicationWorld.announce("MOVE");
    }

    private static String path(String applicationId) {
        return "/api/v1/applications/" + applicationId;
    }

    private static long seatsTaken(String offerId) {
        return ApplicationOutbox.count("select seats_taken from offer where id = ?1", UUID.fromString(offerId));
    }

    private static long placementsOf(String offerId) {
        return ApplicationOutbox.count("select count(*) from placement where offer_id = ?1", UUID.fromString(offerId));
    }

    @Test
    void theBusinessShortlistsAndOffersAndTheStudentAcceptsIntoAProposedPlacement() {
        String offerId = world.openOffer("MOVE-HAPPY", world.offer("Trọn vẹn"));
        Applicant student = world.registerStudent("SV-HAPPY");
        String id = applied(student, offerId);
        move(world.businessToken(), id, "shortlist", null)
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("status", equalTo("SHORTLISTED"));
        String respondBy = TODAY.plusDays(3).toString();
        move(world.businessToken(), id, "offer", Map.of("respondBy", respondBy))
                .statusCode(200)
                .header("ETag", "\"3\"")
                .body("status", equalTo("OFFERED"))
                .body("respondBy", equalTo(respondBy));
        var accepted = move(student.token(), id, "accept", null)
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("ETag", "\"1\"")
                .body("status", equalTo("PROPOSED"))
                .body("applicationId", equalTo(id))
                .body("offerId", equalTo(offerId))
                .body("applicantKind", equalTo("STUDENT"))
                .body("contact", nullValue())
                .extract();
        String placementId = accepted.path("id");
        assertEquals("/api/v1/placements/" + placementId, accepted.header("Location"));
        get(student.token(), path(id)).statusCode(200).header("ETag", "\"4\"").body("status", equalTo("ACCEPTED"));
        get(student.token(), "/api/v1/placements/" + placementId)
                .statusCode(200)
                .body("status", equalTo("PROPOSED"));
        assertEquals(1, seatsTaken(offerId));

        List<ApplicationOutbox.Event> events = ApplicationOutbox.ofOffer(offerId);
        assertEquals(
                List.of(
                        "application.submitted",
                        "application.status-changed",
                        "application.status-changed",
                        "placement.proposed",
                        "application.status-changed"),
                events.stream().map(ApplicationOutbox.Event::type).toList());
        JsonNode offered = events.get(2).data();
        assertEquals("SHORTLISTED", offered.get("fromStatus").asText());
        assertEquals("OFFERED", offered.get("toStatus").asText());
        assertEquals(respondBy, offered.get("respondBy").asText());
        JsonNode proposed = events.get(3).data();
        assertEquals(placementId, events.get(3).key());
        assertEquals(placementId, proposed.get("placementId").asText());
        assertEquals(id, proposed.get("applicationId").asText());
        assertEquals("PROPOSED", proposed.get("status").asText());
        assertEquals(true, proposed.get("endedBy").isNull());
        assertEquals(events.get(0).data().get("studentId"), proposed.get("studentId"));
        JsonNode acceptance = events.get(4).data();
        assertEquals("OFFERED", acceptance.get("fromStatus").asText());
        assertEquals("ACCEPTED", acceptance.get("toStatus").asText());
    }

    @Test
    void anOfferToTheApplicantIsAnsweredWithinSevenDaysByDefaultAndNeverAfterTheStart() {
        Applicant student = world.registerStudent("SV-RESPOND");
        String offerId = world.openOffer("MOVE-DEFAULT", world.offer("Mặc định"));
        String id = applied(student, offerId);
        move(world.businessToken(), id, "offer", null)
                .statusCode(200)
                .body("respondBy", equalTo(TODAY.plusDays(7).toString()));

        String soon = world.openOffer(
                "MOVE-SOON",
                with(
                        with(
                                world.offer("Sắp bắt đầu"),
                                "jobStartDate",
                                TODAY.plusDays(3).toString()),
                        "validThrough",
                        TODAY.plusDays(2).toString()));
        String early = applied(student, soon);
        for (String bad :
                List.of(TODAY.minusDays(1).toString(), TODAY.plusDays(4).toString(), "9999-12-31", "0001-01-01")) {
            move(world.businessToken(), early, "offer", Map.of("respondBy", bad))
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("body.respondBy"));
        }
        for (Object malformed : List.of("2027-02-30", "+10000-01-01", "3 days", 20_000)) {
            move(world.businessToken(), early, "offer", Map.of("respondBy", malformed))
                    .statusCode(400)
                    .contentType(PROBLEM);
        }
        get(world.businessToken(), path(early))
                .body("status", equalTo("SUBMITTED"))
                .body("version", equalTo(1));
        move(world.businessToken(), early, "offer", Map.of())
                .statusCode(200)
                .body("respondBy", equalTo(TODAY.plusDays(3).toString()));

        String started = world.openOffer("MOVE-STARTED", world.offer("Đã bắt đầu"));
        String late = applied(student, started);
        ApplicationOutbox.update(
                "update offer set valid_through = ?1, job_start_date = ?1 where id = ?2",
                TODAY.minusDays(1),
                UUID.fromString(started));
        move(world.businessToken(), late, "offer", null)
                .statusCode(409)
                .body("type", endsWith("/offer-already-started"));
    }

    @Test
    void eachMoveStartsOnlyFromTheStatusesItNames() {
        Applicant student = world.registerStudent("SV-ORDER");
        String offerId = world.openOffer("MOVE-ORDER", world.offer("Thứ tự"));
        String id = applied(student, offerId);
        move(student.token(), id, "decline", null)
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", endsWith("/application-transition-not-allowed"))
                .body("applicationStatus", equalTo("SUBMITTED"));
        move(student.token(), id, "accept", null).statusCode(409).body("applicationStatus", equalTo("SUBMITTED"));
        move(world.businessToken(), id, "shortlist", null).statusCode(200);
        move(world.businessToken(), id, "shortlist", null)
                .statusCode(409)
                .body("applicationStatus", equalTo("SHORTLISTED"));
        move(world.businessToken(), id, "reject", Map.of("reason", "Chưa phù hợp lúc này"))
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("rejectReason", equalTo("Chưa phù hợp lúc này"));
        get(student.token(), path(id)).body("rejectReason", equalTo("Chưa phù hợp lúc này"));
        get(world.schoolToken(), path(id)).statusCode(200).body("rejectReason", nullValue());
        for (String after : List.of("withdraw", "accept", "decline")) {
            move(student.token(), id, after, null).statusCode(409).body("applicationStatus", equalTo("REJECTED"));
        }
        for (String after : List.of("shortlist", "offer", "reject")) {
            move(world.businessToken(), id, after, null).statusCode(409);
        }
        assertEquals(
                List.of("application.submitted", "application.status-changed", "application.status-changed"),
                ApplicationOutbox.typesOf(offerId));
        JsonNode rejected = ApplicationOutbox.ofOffer(offerId).get(2).data();
        assertEquals(false, rejected.toString().contains("Chưa phù hợp"), "no reason in events");
    }

    @Test
    void anApplicantDeclinesAnOfferOrWithdrawsAndNoPlacementIsMade() {
        Applicant student = world.registerStudent("SV-DECLINE");
        String offerId = world.openOffer("MOVE-DECLINE", world.offer("Từ chối"));
        String declined = world.offered(student, offerId);
        move(student.token(), declined, "decline", null).statusCode(200).body("status", equalTo("DECLINED"));
        Applicant other = world.registerStudent("SV-WITHDRAW");
        String withdrawn = world.offered(other, offerId);
        move(other.token(), withdrawn, "withdraw", null).statusCode(200).body("status", equalTo("WITHDRAWN"));
        assertEquals(0, placementsOf(offerId));
        assertEquals(0, seatsTaken(offerId));
        List<String> types = ApplicationOutbox.typesOf(offerId);
        assertEquals("application.status-changed", types.get(2));
        assertEquals("application.withdrawn", types.get(types.size() - 1));
    }

    @Test
    void anOfferNotAcceptedByItsRespondByDayIsExpiredBeforeAndAfterTheSweep() throws Exception {
        Applicant student = world.registerStudent("SV-EXPIRE");
        String offerId = world.openOffer("MOVE-EXPIRE", world.offer("Hết hạn trả lời"));
        String id = world.offered(student, offerId);
        ApplicationOutbox.update(
                "update application set respond_by = ?1 where id = ?2", TODAY.minusDays(1), UUID.fromString(id));
        get(student.token(), path(id)).statusCode(200).body("status", equalTo("EXPIRED"));
        move(student.token(), id, "accept", null)
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", endsWith("/application-offer-expired"));
        move(student.token(), id, "decline", null).statusCode(409).body("applicationStatus", equalTo("EXPIRED"));
        String list = "/api/v1/businesses/" + world.business() + "/applications?offerId=" + offerId + "&status=";
        get(world.businessToken(), list + "EXPIRED")
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(id));
        get(world.businessToken(), list + "OFFERED").statusCode(200).body("items.size()", equalTo(0));
        assertEquals(0, placementsOf(offerId));

        expiry.expireOverdueOffers();
        expiry.expireOverdueOffers();
        assertEquals(
                1,
                ApplicationOutbox.count(
                        "select count(*) from application where id = ?1 and status = 'EXPIRED'", UUID.fromString(id)));
        List<ApplicationOutbox.Event> events = ApplicationOutbox.ofOffer(offerId);
        JsonNode expired = events.get(events.size() - 1).data();
        assertEquals("OFFERED", expired.get("fromStatus").asText());
        assertEquals("EXPIRED", expired.get("toStatus").asText());
        assertEquals(
                1,
                events.stream()
                        .filter(e -> "EXPIRED".equals(e.data().get("toStatus").asText()))
                        .count());
        move(student.token(), id, "accept", null).statusCode(409).body("type", endsWith("/application-offer-expired"));
    }

    @Test
    void movesNeedIfMatchWithTheCurrentVersion() {
        Applicant student = world.registerStudent("SV-IFM");
        String offerId = world.openOffer("MOVE-IFM", world.offer("Phiên bản"));
        String id = applied(student, offerId);
        given().auth()
                .oauth2(world.businessToken())
                .when()
                .post(path(id) + "/shortlist")
                .then()
                .statusCode(428)
                .contentType(PROBLEM)
                .body("type", endsWith("/if-match-required"));
        given().auth()
                .oauth2(world.businessToken())
                .header("If-Match", "\"7\"")
                .when()
                .post(path(id) + "/shortlist")
                .then()
                .statusCode(412)
                .body("type", endsWith("/stale-version"))
                .body("currentVersion", equalTo(1));
        given().auth()
                .oauth2(world.businessToken())
                .header("If-Match", "version one")
                .when()
                .post(path(id) + "/shortlist")
                .then()
                .statusCode(412)
                .body("type", endsWith("/invalid-if-match"));
        given().auth()
                .oauth2(student.token())
                .when()
                .post(path(id) + "/withdraw")
                .then()
                .statusCode(428);
        given().auth()
                .oauth2(world.businessToken())
                .header("If-Match", "\"1\"")
                .when()
                .post(path(id) + "/shortlist")
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"");
        assertEquals(2, ApplicationOutbox.typesOf(offerId).size());
    }

    @Test
    void anIdempotencyKeyReplaysAMoveAndAnAcceptanceInsteadOfMakingThemTwice() {
        Applicant student = world.registerStudent("SV-IDEM");
        String offerId = world.openOffer("MOVE-IDEM", world.offer("Một lần"));
        String id = applied(student, offerId);
        String key = "shortlist-" + UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            given().auth()
                    .oauth2(world.businessToken())
                    .header("If-Match", "\"1\"")
                    .header("Idempotency-Key", key)
                    .when()
                    .post(path(id) + "/shortlist")
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"2\"");
        }
        move(world.businessToken(), id, "offer", null).statusCode(200);
        String acceptKey = "accept-" + UUID.randomUUID();
        String first = given().auth()
                .oauth2(student.token())
                .header("If-Match", "\"3\"")
                .header("Idempotency-Key", acceptKey)
                .when()
                .post(path(id) + "/accept")
                .then()
                .statusCode(201)
                .extract()
                .asString();
        var again = given().auth()
                .oauth2(student.token())
                .header("If-Match", "\"3\"")
                .header("Idempotency-Key", acceptKey)
                .when()
                .post(path(id) + "/accept")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .extract();
        assertEquals(first, again.asString());
        given().auth()
                .oauth2(student.token())
                .header("If-Match", "*")
                .header("Idempotency-Key", acceptKey)
                .when()
                .post(path(id) + "/withdraw")
                .then()
                .statusCode(422)
                .body("type", endsWith("/idempotency-key-reused"));
        assertEquals(1, placementsOf(offerId));
        assertEquals(1, seatsTaken(offerId));
        assertEquals(
                List.of(
                        "application.submitted",
                        "application.status-changed",
                        "application.status-changed",
                        "placement.proposed",
                        "application.status-changed"),
                ApplicationOutbox.typesOf(offerId));
    }

    @Test
    void onlyTheOffersBusinessDecidesAndOnlyTheApplicantAnswers() {
        Applicant student = world.registerStudent("SV-WHO");
        Applicant other = world.registerStudent("SV-OTHER");
        String offerId = world.openOffer("MOVE-WHO", world.offer("Ai được làm gì"));
        String id = applied(student, offerId);
        ApplicationWorld rival = world.withNewBusiness();
        move(rival.businessToken(), id, "shortlist", null).statusCode(404).contentType(PROBLEM);
        move(student.token(), id, "shortlist", null).statusCode(403).contentType(PROBLEM);
        move(world.schoolToken(), id, "shortlist", null).statusCode(403);
        move(TestTokens.state(), id, "offer", null).statusCode(403);
        move(world.businessToken(), id, "offer", null).statusCode(200);
        move(other.token(), id, "accept", null).statusCode(404).contentType(PROBLEM);
        move(world.schoolToken(), id, "accept", null)
                .statusCode(403)
                .contentType(PROBLEM)
                .body("type", endsWith("/forbidden"));
        move(world.withNewSchool().schoolToken(), id, "withdraw", null).statusCode(404);
        move(world.businessToken(), id, "accept", null).statusCode(403);
        move(TestTokens.state(), id, "withdraw", null).statusCode(403);
        given().when().post(path(id) + "/accept").then().statusCode(401).contentType(PROBLEM);
        get(student.token(), path(id)).body("status", equalTo("OFFERED")).body("version", equalTo(2));
        assertEquals(0, placementsOf(offerId));
    }

    @Test
    void acceptingWhenEverySeatIsTakenIsRefusedAndChangesNothing() {
        String offerId = world.openOffer("MOVE-FULL", with(world.offer("Một chỗ"), "totalJobOpenings", 1));
        Applicant first = world.registerStudent("SV-FIRST");
        Applicant second = world.registerStudent("SV-SECOND");
        String firstId = world.offered(first, offerId);
        String secondId = world.offered(second, offerId);
        move(first.token(), firstId, "accept", null).statusCode(201);
        move(second.token(), secondId, "accept", null)
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", endsWith("/offer-full"))
                .body("seats", equalTo(1));
        get(second.token(), path(secondId)).body("status", equalTo("OFFERED")).body("version", equalTo(2));
        assertEquals(1, seatsTaken(offerId));
        assertEquals(1, placementsOf(offerId));
        assertEquals(
                1,
                ApplicationOutbox.typesOf(offerId).stream()
                        .filter("placement.proposed"::equals)
                        .count());
    }

    @Test
    void badInputOnAMoveIsAProblemAndChangesNothing() {
        Applicant student = world.registerStudent("SV-BADMOVE");
        String offerId = world.openOffer("MOVE-BAD", world.offer("Đầu vào xấu"));
        String id = applied(student, offerId);
        for (String bad : List.of("not-a-uuid", "1-2-3-4-5")) {
            move(world.businessToken(), bad, "shortlist", null).statusCode(400).contentType(PROBLEM);
            get(world.businessToken(), path(bad)).statusCode(400).contentType(PROBLEM);
        }
        move(world.businessToken(), UUID.randomUUID().toString(), "shortlist", null)
                .statusCode(404);
        for (Map<String, ?> body : List.of(
                Map.of("reason", "R".repeat(ApplicationLimits.REJECT_REASON + 1)),
                Map.of("reason", "Có\u0000NUL"),
                Map.of("reason", 42),
                Map.of("why", "không rõ"))) {
            move(world.businessToken(), id, "reject", body).statusCode(400).contentType(PROBLEM);
        }
        move(world.businessToken(), id, "offer", Map.of("respondBy", "2027-01-01", "extra", true))
                .statusCode(400)
                .body("type", endsWith("/malformed-body"));
        given().auth()
                .oauth2(world.businessToken())
                .header("If-Match", "*")
                .contentType(ContentType.TEXT)
                .body("{\"reason\": \"Không\"}")
                .when()
                .post(path(id) + "/reject")
                .then()
                .statusCode(415)
                .contentType(PROBLEM);
        get(student.token(), path(id)).body("status", equalTo("SUBMITTED")).body("version", equalTo(1));
        assertEquals(List.of("application.submitted"), ApplicationOutbox.typesOf(offerId));
    }
}
