package vn.practica.placement.placement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.practica.placement.application.ApplicationWorld.PROBLEM;
import static vn.practica.placement.application.ApplicationWorld.accepted;
import static vn.practica.placement.application.ApplicationWorld.get;
import static vn.practica.placement.application.ApplicationWorld.with;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.practica.placement.application.ApplicationOutbox;
import vn.practica.placement.application.ApplicationWorld;
import vn.practica.placement.application.ApplicationWorld.Applicant;
import vn.practica.testkit.TestTokens;

/**
 * Placements: read by their student, school and business (the State too, without what people wrote), withdrawn
 * by any of the three, which frees the seat for the next applicant.
 */
@QuarkusTest
class PlacementResourceTest {
    private static ApplicationWorld world;

    @BeforeAll
    static void announce() {
        world = ApplicationWorld.announce("PLACE");
    }

    private static String path(String placementId) {
        return "/api/v1/placements/" + placementId;
    }

    private static ValidatableResponse withdraw(String token, String placementId, Object body) {
        return given().auth()
                .oauth2(token)
                .header("If-Match", "*")
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(path(placementId) + "/withdraw")
                .then();
    }

    private static long seatsTaken(String offerId) {
        return ApplicationOutbox.count("select seats_taken from offer where id = ?1", UUID.fromString(offerId));
    }

    @Test
    void eachPartyReadsThePlacementAndSeesOnlyWhatItMay() {
        String offerId = world.openOffer("PLACE-READ", world.offer("Đọc"));
        Applicant student = world.registerStudent("SV-PREAD");
        String placement = accepted(student, world.offered(student, offerId));
        get(student.token(), path(placement))
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("PROPOSED"))
                .body("offerTitle", equalTo("Đọc"))
                .body("$", not(hasKey("contact")))
                .body("$", not(hasKey("studentSourcedId")));
        get(world.schoolToken(), path(placement))
                .statusCode(200)
                .body("studentSourcedId", equalTo(student.sourcedId()))
                .body("$", not(hasKey("contact")));
        get(world.businessToken(), path(placement))
                .statusCode(200)
                .body("contact.email", equalTo(student.sourcedId().toLowerCase() + "@sv.example.edu.vn"))
                .body("$", not(hasKey("studentSourcedId")));
        get(TestTokens.state(), path(placement))
                .statusCode(200)
                .body("$", not(hasKey("contact")))
                .body("$", not(hasKey("studentSourcedId")));
        Applicant classmate = world.registerStudent("SV-PREAD-OTHER");
        get(classmate.token(), path(placement)).statusCode(404).contentType(PROBLEM);
        get(world.withNewBusiness().businessToken(), path(placement)).statusCode(404);
        get(world.withNewSchool().schoolToken(), path(placement)).statusCode(404);
        given().when().get(path(placement)).then().statusCode(401).contentType(PROBLEM);
        get(student.token(), path("not-a-uuid")).statusCode(400).contentType(PROBLEM);
        get(student.token(), path(UUID.randomUUID().toString())).statusCode(404);
    }

    @Test
    void theStudentTheSchoolOrTheBusinessWithdrawsAndTheSeatIsFreeForTheNextApplicant() {
        String offerId = world.openOffer("PLACE-FREE", with(world.offer("Một chỗ"), "totalJobOpenings", 1));
        List<Applicant> students = world.registerStudents("SV-FREE", 3);
        List<String> tokens = List.of(students.get(0).token(), world.schoolToken(), world.businessToken());
        List<String> parties = List.of("STUDENT", "SCHOOL", "BUSINESS");
        for (int i = 0; i < 3; i++) {
            String placement = accepted(students.get(i), world.offered(students.get(i), offerId));
            assertEquals(1, seatsTaken(offerId));
            withdraw(tokens.get(i), placement, Map.of("reason", "Lý do riêng " + i))
                    .statusCode(200)
                    .header("ETag", "\"2\"")
                    .body("status", equalTo("WITHDRAWN"))
                    .body("endedBy", equalTo(parties.get(i)))
                    .body("endReason", equalTo("Lý do riêng " + i))
                    .body("endedAt", notNullValue());
            assertEquals(0, seatsTaken(offerId));
            get(students.get(i).token(), path(placement)).body("endReason", equalTo("Lý do riêng " + i));
            get(TestTokens.state(), path(placement)).body("$", not(hasKey("endReason")));
        }
        List<JsonNode> withdrawn = ApplicationOutbox.ofOffer(offerId).stream()
                .filter(e -> e.type().equals("placement.withdrawn"))
                .map(ApplicationOutbox.Event::data)
                .toList();
        assertEquals(
                parties, withdrawn.stream().map(d -> d.get("endedBy").asText()).toList());
        withdrawn.forEach(d -> assertFalse(d.toString().contains("Lý do riêng"), "no reason in events"));
    }

    @Test
    void aWithdrawnPlacementStaysWithdrawnAndTheStateOnlyReads() {
        String offerId = world.openOffer("PLACE-ONCE", world.offer("Một lần"));
        Applicant student = world.registerStudent("SV-PONCE");
        String placement = accepted(student, world.offered(student, offerId));
        withdraw(TestTokens.state(), placement, Map.of("reason", "Nhà nước"))
                .statusCode(403)
                .contentType(PROBLEM);
        withdraw(world.withNewBusiness().businessToken(), placement, Map.of("reason", "Người lạ"))
                .statusCode(404);
        withdraw(student.token(), placement, Map.of("reason", "Em bận")).statusCode(200);
        withdraw(world.businessToken(), placement, Map.of("reason", "Lần nữa"))
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", endsWith("/placement-transition-not-allowed"))
                .body("placementStatus", equalTo("WITHDRAWN"));
        assertEquals(0, seatsTaken(offerId));
    }

    @Test
    void withdrawalNeedsIfMatchAndAReasonAndHonoursIdempotencyKeys() {
        String offerId = world.openOffer("PLACE-RULES", world.offer("Quy tắc"));
        Applicant student = world.registerStudent("SV-PRULES");
        String placement = accepted(student, world.offered(student, offerId));
        String withdrawPath = path(placement) + "/withdraw";
        Map<String, String> reason = Map.of("reason", "Em chuyển trường");
        given().auth()
                .oauth2(student.token())
                .contentType(ContentType.JSON)
                .body(reason)
                .when()
                .post(withdrawPath)
                .then()
                .statusCode(428)
                .body("type", endsWith("/if-match-required"));
        given().auth()
                .oauth2(student.token())
                .header("If-Match", "\"9\"")
                .contentType(ContentType.JSON)
                .body(reason)
                .when()
                .post(withdrawPath)
                .then()
                .statusCode(412)
                .body("currentVersion", equalTo(1));
        for (Object bad : List.of(
                Map.of(),
                Map.of("reason", "  "),
                Map.of("reason", "R".repeat(PlacementLimits.END_REASON + 1)),
                Map.of("reason", "Có\u0000NUL"),
                Map.of("reason", "Có", "extra", 1))) {
            withdraw(student.token(), placement, bad).statusCode(400).contentType(PROBLEM);
        }
        given().auth()
                .oauth2(student.token())
                .header("If-Match", "*")
                .contentType(ContentType.TEXT)
                .body("{\"reason\": \"Em chuyển trường\"}")
                .when()
                .post(withdrawPath)
                .then()
                .statusCode(415)
                .contentType(PROBLEM);
        assertEquals(1, seatsTaken(offerId));
        String key = "withdraw-" + UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            given().auth()
                    .oauth2(student.token())
                    .header("If-Match", "\"1\"")
                    .header("Idempotency-Key", key)
                    .contentType(ContentType.JSON)
                    .body(reason)
                    .when()
                    .post(withdrawPath)
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"2\"")
                    .body("status", equalTo("WITHDRAWN"));
        }
        assertEquals(0, seatsTaken(offerId));
        assertEquals(
                1,
                ApplicationOutbox.typesOf(offerId).stream()
                        .filter("placement.withdrawn"::equals)
                        .count());
    }

    @Test
    void eachReaderListsOnlyItsOwnPlacementsNewestFirst() {
        ApplicationWorld own = world.withNewBusiness().withNewSchool();
        String offerId = own.openOffer("PLACE-LIST", own.offer("Danh sách"));
        List<Applicant> students = own.registerStudents("SV-PLIST", 3);
        List<String> placements =
                students.stream().map(s -> accepted(s, own.offered(s, offerId))).toList();
        String business = "/api/v1/businesses/" + own.business() + "/placements";
        var first = get(own.businessToken(), business + "?limit=2")
                .statusCode(200)
                .body("items.id", contains(placements.get(2), placements.get(1)))
                .body("items[0].contact", notNullValue())
                .extract();
        get(own.businessToken(), business + "?limit=2&cursor=" + first.path("nextCursor"))
                .body("items.id", contains(placements.get(0)))
                .body("nextCursor", nullValue());
        get(world.businessToken(), business).statusCode(403).contentType(PROBLEM);
        get(TestTokens.state(), business).statusCode(200).body("items[0]", not(hasKey("contact")));
        String school = "/api/v1/schools/" + own.school() + "/placements";
        get(own.schoolToken(), school)
                .statusCode(200)
                .body("items.id", contains(placements.get(2), placements.get(1), placements.get(0)))
                .body("items[0].studentSourcedId", equalTo(students.get(2).sourcedId()));
        get(world.schoolToken(), school).statusCode(403);
        get(students.get(1).token(), "/api/v1/students/me/placements")
                .statusCode(200)
                .body("items.id", contains(placements.get(1)));
        get(own.businessToken(), "/api/v1/students/me/placements").statusCode(403);
        for (String bad : List.of("?limit=0", "?limit=101", "?cursor=bad")) {
            get(own.businessToken(), business + bad).statusCode(400).contentType(PROBLEM);
        }
    }
}
