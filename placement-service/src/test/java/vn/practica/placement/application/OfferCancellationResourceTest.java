package vn.practica.placement.application;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.practica.placement.application.ApplicationWorld.accepted;
import static vn.practica.placement.application.ApplicationWorld.applied;
import static vn.practica.placement.application.ApplicationWorld.get;
import static vn.practica.placement.application.ApplicationWorld.move;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.practica.placement.application.ApplicationWorld.Applicant;

/**
 * Cancelling an offer reaches those who applied, in the cancellation's own transaction: open applications are
 * cancelled, running placements terminated with the reason and their seats freed, each announced; what had
 * already ended stays as it was.
 */
@QuarkusTest
class OfferCancellationResourceTest {
    private static final String REASON = "Dự án tạm hoãn do thay đổi kế hoạch.";

    private static ApplicationWorld world;

    @BeforeAll
    static void announce() {
        world = ApplicationWorld.announce("CANCEL");
    }

    @Test
    void cancellingAnOfferCancelsItsOpenApplicationsAndTerminatesItsPlacements() {
        String offerId = world.openOffer("CANCEL-ALL", world.offer("Sẽ huỷ"));
        List<Applicant> s = world.registerStudents("SV-CANCEL", 7);
        String submitted = applied(s.get(0), offerId);
        String shortlisted = applied(s.get(1), offerId);
        move(world.businessToken(), shortlisted, "shortlist", null).statusCode(200);
        String offered = world.offered(s.get(2), offerId);
        String acceptedApp = world.offered(s.get(3), offerId);
        String running = accepted(s.get(3), acceptedApp);
        String endedApp = world.offered(s.get(4), offerId);
        String ended = accepted(s.get(4), endedApp);
        ApplicationWorld.get(world.businessToken(), "/api/v1/placements/" + ended)
                .statusCode(200);
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(s.get(4).token())
                .header("If-Match", "*")
                .contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("reason", "Em đổi kế hoạch"))
                .when()
                .post("/api/v1/placements/" + ended + "/withdraw")
                .then()
                .statusCode(200);
        String rejected = applied(s.get(5), offerId);
        move(world.businessToken(), rejected, "reject", null).statusCode(200);
        String withdrawn = applied(s.get(6), offerId);
        move(s.get(6).token(), withdrawn, "withdraw", null).statusCode(200);
        int before = ApplicationOutbox.ofOffer(offerId).size();

        world.offerTransition("CANCEL-ALL", "cancel", Map.of("reason", REASON))
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("seatsTaken", equalTo(0));

        get(s.get(0).token(), "/api/v1/applications/" + submitted).body("status", equalTo("CANCELLED"));
        get(s.get(1).token(), "/api/v1/applications/" + shortlisted).body("status", equalTo("CANCELLED"));
        get(s.get(2).token(), "/api/v1/applications/" + offered).body("status", equalTo("CANCELLED"));
        get(s.get(3).token(), "/api/v1/applications/" + acceptedApp).body("status", equalTo("ACCEPTED"));
        get(s.get(3).token(), "/api/v1/placements/" + running)
                .statusCode(200)
                .body("status", equalTo("TERMINATED"))
                .body("endedBy", equalTo("BUSINESS"))
                .body("endReason", equalTo(REASON));
        get(s.get(4).token(), "/api/v1/placements/" + ended)
                .body("status", equalTo("WITHDRAWN"))
                .body("endReason", equalTo("Em đổi kế hoạch"));
        get(s.get(5).token(), "/api/v1/applications/" + rejected).body("status", equalTo("REJECTED"));
        get(s.get(6).token(), "/api/v1/applications/" + withdrawn).body("status", equalTo("WITHDRAWN"));
        assertEquals(
                0, ApplicationOutbox.count("select seats_taken from offer where id = ?1", UUID.fromString(offerId)));

        List<ApplicationOutbox.Event> after = ApplicationOutbox.ofOffer(offerId);
        List<ApplicationOutbox.Event> cascade = after.subList(before, after.size());
        assertEquals(
                List.of(
                        "application.status-changed",
                        "application.status-changed",
                        "application.status-changed",
                        "placement.terminated"),
                cascade.stream().map(ApplicationOutbox.Event::type).toList());
        assertEquals(
                List.of("SUBMITTED", "SHORTLISTED", "OFFERED"),
                cascade.subList(0, 3).stream()
                        .map(e -> e.data().get("fromStatus").asText())
                        .toList());
        cascade.subList(0, 3)
                .forEach(e -> assertEquals("CANCELLED", e.data().get("toStatus").asText()));
        JsonNode terminated = cascade.get(3).data();
        assertEquals(running, terminated.get("placementId").asText());
        assertEquals("TERMINATED", terminated.get("status").asText());
        assertEquals("BUSINESS", terminated.get("endedBy").asText());
        cascade.forEach(e -> assertFalse(e.data().toString().contains("tạm hoãn"), "no reason in these events"));

        ApplicationWorld.apply(s.get(0).token(), offerId, ApplicationWorld.application("Lại", "Có"))
                .statusCode(409)
                .body("type", endsWith("/offer-not-open"));
    }

    @Test
    void cancellingAnOfferNobodyAppliedToEndsNothingElse() {
        String offerId = world.openOffer("CANCEL-EMPTY", world.offer("Không ai"));
        world.offerTransition("CANCEL-EMPTY", "cancel", Map.of("reason", REASON))
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));
        assertEquals(List.of(), ApplicationOutbox.typesOf(offerId));
    }
}
