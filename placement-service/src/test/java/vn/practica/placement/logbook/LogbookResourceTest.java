package vn.practica.placement.logbook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.practica.placement.LifecycleCalls.TODAY;
import static vn.practica.placement.LifecycleCalls.decide;
import static vn.practica.placement.LifecycleCalls.entry;
import static vn.practica.placement.LifecycleCalls.logbook;
import static vn.practica.placement.LifecycleCalls.record;
import static vn.practica.placement.LifecycleCalls.recorded;
import static vn.practica.placement.application.ApplicationWorld.PROBLEM;
import static vn.practica.placement.application.ApplicationWorld.get;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
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
 * Logbooks through the API on real PostgreSQL: entries recorded by the student, returned, edited and approved by
 * the mentor, totals per item; every refused entry (day over 24 h, outside the period, in the future, not an
 * objective, on a placement that is not ACTIVE, an approved entry edited), If-Match, roles and tenancy.
 */
@QuarkusTest
class LogbookResourceTest {
    private static ApplicationWorld world;

    @BeforeAll
    static void announce() {
        world = LifecycleCalls.announce("LOGBOOK");
    }

    @Test
    void theStudentRecordsTheMentorReturnsTheStudentEditsAndTheMentorApprovesWithTotalsPerItem() {
        Active placement = LifecycleCalls.activate(world, "LOG-FLOW");
        String student = placement.student().token();
        ValidatableResponse created = record(student, placement.id(), entry(world, TODAY, "3.5"))
                .statusCode(201)
                .header("ETag", "\"1\"")
                .body("status", equalTo("SUBMITTED"))
                .body("hours", equalTo(3.5f))
                .body("recordedBy", equalTo(placement.student().login()));
        String id = created.extract().path("id");
        created.header("Location", equalTo(logbook(placement.id()) + "/entries/" + id));
        decide(placement.mentorToken(), placement.id(), id, "return", "1", Map.of("comment", "Ghi rõ hơn công việc"))
                .statusCode(200)
                .body("status", equalTo("RETURNED"))
                .body("comment", equalTo("Ghi rõ hơn công việc"));
        decide(placement.mentorToken(), placement.id(), id, "approve", "2", null)
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("https://practica.vn/problems/logbook-entry-not-submitted"));
        Map<String, Object> edited = entry(world, TODAY, "4");
        edited.put("activity", "Phân tích dữ liệu bãi container: làm sạch và vẽ biểu đồ");
        revise(student, placement.id(), id, "1", edited).statusCode(412);
        revise(student, placement.id(), id, "2", edited)
                .statusCode(200)
                .header("ETag", "\"3\"")
                .body("status", equalTo("SUBMITTED"));
        decide(placement.mentorToken(), placement.id(), id, "approve", "3", Map.of("comment", "Tốt"))
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("decidedBy", equalTo("mentor-LOG-FLOW"));
        get(world.schoolToken(), logbook(placement.id()))
                .statusCode(200)
                .body("agreedHours", equalTo(LifecycleCalls.HOURS))
                .body("approvedHours", equalTo(4.0f))
                .body("approvedEntries", equalTo(1))
                .body("items[0].itemId", equalTo(world.item().toString()))
                .body("items[0].approvedHours", equalTo(4.0f))
                .body("$", not(hasKey("totalReachedAt")));
        assertEquals(
                List.of("ENTRY_SUBMITTED", "ENTRY_RETURNED", "ENTRY_SUBMITTED", "ENTRY_APPROVED"),
                ApplicationOutbox.texts(
                        "select action from placement_audit where placement_id = cast(?1 as uuid) and action like"
                                + " 'ENTRY%' order by id",
                        placement.id()));
    }

    @Test
    void refusesMoreThan24HoursInADayDatesOutsideThePlacementOrInTheFutureAndItemsThatAreNoObjective() {
        Active placement = LifecycleCalls.activate(world, "LOG-RULES");
        String student = placement.student().token();
        recorded(student, placement.id(), entry(world, TODAY, "20"));
        refused(record(student, placement.id(), entry(world, TODAY, "4.01")), 422, "logbook-day-over-24-hours")
                .body("recordedHours", equalTo(20.0f));
        Map<String, Object> unknownItem = entry(world, TODAY, "1");
        unknownItem.put("competencyItemIds", List.of(UUID.randomUUID().toString()));
        refused(record(student, placement.id(), unknownItem), 422, "logbook-item-not-an-objective");
        Map<String, Object> zero = entry(world, TODAY, "1");
        zero.put("hours", 0);
        record(student, placement.id(), zero).statusCode(400).contentType(PROBLEM);
        Map<String, Object> http = entry(world, TODAY, "1");
        http.put("evidenceUrl", "http://example.vn/x");
        record(student, placement.id(), http).statusCode(400).body("errors[0].field", equalTo("body.evidenceUrl"));
        Map<String, Object> fine = entry(world, TODAY, "1");
        fine.put("hours", 1.005);
        record(student, placement.id(), fine).statusCode(400);
        recorded(student, placement.id(), entry(world, TODAY, "4"));
        refused(
                        record(student, placement.id(), entry(world, TODAY.minusDays(1), "1")),
                        422,
                        "logbook-date-outside-placement")
                .body("startDate", equalTo(TODAY.toString()));
        refused(
                record(student, placement.id(), entry(world, TODAY.plusDays(31), "1")),
                422,
                "logbook-date-outside-placement");
        refused(record(student, placement.id(), entry(world, TODAY.plusDays(1), "1")), 422, "logbook-date-in-future")
                .body("today", equalTo(TODAY.toString()));
        get(student, logbook(placement.id())).body("submittedHours", equalTo(24.0f));
    }

    @Test
    void anApprovedEntryNeverChangesAndEditsOfOthersCountTowardsTheDayWithoutTheEntryItself() {
        Active placement = LifecycleCalls.activate(world, "LOG-FINAL");
        String student = placement.student().token();
        String id = recorded(student, placement.id(), entry(world, TODAY, "12"));
        revise(student, placement.id(), id, "1", entry(world, TODAY, "24")).statusCode(200);
        decide(placement.mentorToken(), placement.id(), id, "approve", "2", null)
                .statusCode(200);
        refused(revise(student, placement.id(), id, "3", entry(world, TODAY, "23")), 409, "logbook-entry-approved");
        revise(student, placement.id(), id, null, entry(world, TODAY, "23")).statusCode(428);
        get(student, logbook(placement.id()) + "/entries/" + id)
                .statusCode(200)
                .header("ETag", "\"3\"")
                .body("hours", equalTo(24.0f));
    }

    @Test
    void onlyAnActivePlacementKeepsALogbook() {
        var proposed = world.registerStudent("SV-LOG-PROPOSED");
        Map<String, Object> offer = new HashMap<>(world.offer("Đề xuất"));
        offer.put("expectedHours", LifecycleCalls.HOURS);
        String offerId = world.openOffer("LOG-PROPOSED", offer);
        String placement = ApplicationWorld.accepted(proposed, world.offered(proposed, offerId));
        refused(record(proposed.token(), placement, entry(world, TODAY, "1")), 409, "logbook-placement-not-active")
                .body("placementStatus", equalTo("PROPOSED"));
        assertEquals(
                0,
                ApplicationOutbox.count(
                        "select count(*) from logbook_entry where placement_id = cast(?1 as uuid)", placement));
    }

    @Test
    void eachPartyPlaysItsOwnPartAndOtherTenantsAreNotToldThePlacementExists() {
        Active placement = LifecycleCalls.activate(world, "LOG-ROLES");
        String id = recorded(placement.student().token(), placement.id(), entry(world, TODAY, "2"));
        refused(record(world.businessToken(), placement.id(), entry(world, TODAY, "1")), 403, "forbidden");
        refused(record(world.schoolToken(), placement.id(), entry(world, TODAY, "1")), 403, "forbidden");
        refused(decide(world.schoolToken(), placement.id(), id, "approve", "1", null), 403, "forbidden");
        ApplicationWorld other = world.withNewBusiness();
        decide(other.businessToken(), placement.id(), id, "approve", "1", null)
                .statusCode(404)
                .contentType(PROBLEM);
        record(world.registerStudent("SV-LOG-OTHER").token(), placement.id(), entry(world, TODAY, "1"))
                .statusCode(404);
        get(world.withNewSchool().schoolToken(), logbook(placement.id()) + "/entries")
                .statusCode(404);
        decide(TestTokens.state(), placement.id(), id, "approve", "1", null).statusCode(403);
        decide(placement.mentorToken(), placement.id(), UUID.randomUUID().toString(), "approve", "1", null)
                .statusCode(404);
        decide(placement.mentorToken(), placement.id(), "not-a-uuid", "approve", "1", null)
                .statusCode(400)
                .contentType(PROBLEM);
        get(TestTokens.state(), logbook(placement.id()) + "/entries/" + id)
                .statusCode(200)
                .body("hours", equalTo(2.0f))
                .body("$", not(hasKey("activity")))
                .body("$", not(hasKey("evidenceUrl")))
                .body("$", not(hasKey("recordedBy")));
        get(world.businessToken(), logbook(placement.id()) + "/entries/" + id)
                .statusCode(200)
                .body("activity", notNullValue());
        assertEquals(
                1,
                ApplicationOutbox.count(
                        "select count(*) from logbook_entry where placement_id = cast(?1 as uuid)", placement.id()));
    }

    @Test
    void entriesAreListedNewestFirstPageByPageAndByStatus() {
        Active placement = LifecycleCalls.activate(world, "LOG-LIST");
        String student = placement.student().token();
        String first = recorded(student, placement.id(), entry(world, TODAY, "1"));
        String second = recorded(student, placement.id(), entry(world, TODAY, "1"));
        String third = recorded(student, placement.id(), entry(world, TODAY, "1"));
        decide(placement.mentorToken(), placement.id(), second, "approve", "1", null)
                .statusCode(200);
        String cursor = get(student, logbook(placement.id()) + "/entries?limit=2")
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(third, second))
                .extract()
                .path("nextCursor");
        get(student, logbook(placement.id()) + "/entries?limit=2&cursor=" + cursor)
                .body("items.id", org.hamcrest.Matchers.contains(first))
                .body("nextCursor", nullValue());
        get(student, logbook(placement.id()) + "/entries?status=APPROVED")
                .body("items", hasSize(1))
                .body("items[0].id", equalTo(second));
        get(student, logbook(placement.id()) + "/entries?cursor=bm90LWEtY3Vyc29y")
                .statusCode(400);
        get(student, logbook(placement.id()) + "/entries?status=DONE")
                .statusCode(400)
                .contentType(PROBLEM);
    }

    private static ValidatableResponse revise(
            String token, String placementId, String entryId, String ifMatch, Map<String, Object> body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().put(logbook(placementId) + "/entries/" + entryId).then();
    }

    private static ValidatableResponse refused(ValidatableResponse response, int status, String type) {
        return response.statusCode(status)
                .contentType(PROBLEM)
                .body("type", equalTo("https://practica.vn/problems/" + type));
    }
}
