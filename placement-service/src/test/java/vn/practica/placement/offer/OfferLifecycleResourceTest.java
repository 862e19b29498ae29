package vn.practica.placement.offer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.practica.placement.offer.Offers.PROBLEM;
import static vn.practica.placement.offer.Offers.with;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.practica.events.Topics;
import vn.practica.placement.CatalogAnnouncements;
import vn.practica.reference.partner.Partner;
import vn.practica.testkit.TestTokens;
import vn.practica.testkit.TopicReader;

/** DRAFT → OPEN → CLOSED | CANCELLED: who may move an offer, when, and what each step announces. */
@QuarkusTest
class OfferLifecycleResourceTest {
    /** What offer events may carry; mentors, questions and the description stay in placement. */
    private static final Set<String> EVENT_MEMBERS = Set.of(
            "offerId",
            "businessId",
            "externalRef",
            "status",
            "title",
            "fieldCode",
            "competencyItemIds",
            "totalJobOpenings",
            "workMode",
            "provinceCode",
            "jobStartDate",
            "jobEndDate",
            "expectedHours",
            "validThrough",
            "stipendVnd",
            "cooperationModelCode",
            "cooperationModelVersion",
            "contributionKind",
            "eligibility",
            "cancelReason",
            "version");

    private static Offers.World world;

    @Inject
    EntityManager em;

    @BeforeAll
    static void announce() {
        world = Offers.World.announce("LIFE");
    }

    private static Offers.World newBusiness() {
        return world.forBusiness(CatalogAnnouncements.verifiedBusiness());
    }

    @Test
    void openingAnnouncesTheWholeOfferAndOnlyRealChangesWhileOpenAreAnnouncedAgain() {
        Offers.World own = newBusiness();
        Map<String, Object> offer = own.offer("Vận hành cảng container");
        own.upsert("HR-LIFE", offer);
        String id = given().auth()
                .oauth2(own.token())
                .header("If-Match", "\"1\"")
                .when()
                .post(own.path("HR-LIFE") + "/open")
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("status", equalTo("OPEN"))
                .body("publishedAt", notNullValue())
                .extract()
                .path("id");
        own.upsert("HR-LIFE", offer);
        own.upsert("HR-LIFE", with(offer, "totalJobOpenings", 4));
        own.transition("HR-LIFE", "close", null).statusCode(200).body("status", equalTo("CLOSED"));
        own.put("HR-LIFE", with(offer, "totalJobOpenings", 6))
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", endsWith("/offer-not-editable"));
        own.put("HR-LIFE", with(offer, "totalJobOpenings", 4)).statusCode(200);
        own.transition("HR-LIFE", "cancel", Map.of("reason", "Dự án tạm hoãn"))
                .statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("Dự án tạm hoãn"));

        List<OfferOutbox.Event> events = OfferOutbox.ofBusiness(own.business());
        assertEquals(
                List.of("offer.published", "offer.updated", "offer.closed", "offer.cancelled"),
                events.stream().map(OfferOutbox.Event::type).toList());
        JsonNode published = events.get(0).data();
        Set<String> members = new java.util.HashSet<>();
        published.fieldNames().forEachRemaining(members::add);
        assertEquals(EVENT_MEMBERS, members);
        assertEquals(id, published.get("offerId").asText());
        assertEquals("OPEN", published.get("status").asText());
        assertEquals(own.field(), published.get("fieldCode").asText());
        assertEquals(
                own.item().toString(), published.get("competencyItemIds").get(0).asText());
        assertEquals(3, published.get("totalJobOpenings").asInt());
        assertEquals("HN", published.get("provinceCode").asText());
        assertEquals(Offers.DEADLINE.toString(), published.get("validThrough").asText());
        assertEquals(3_000_000, published.get("stipendVnd").asLong());
        assertEquals(own.model(), published.get("cooperationModelCode").asText());
        assertEquals(1, published.get("cooperationModelVersion").asLong());
        assertEquals(
                List.of(3, 4),
                List.of(
                        published.get("eligibility").get("yearsOfStudy").get(0).asInt(),
                        published.get("eligibility").get("yearsOfStudy").get(1).asInt()));
        assertTrue(published.get("cancelReason").isNull());
        assertEquals(2, published.get("version").asLong());
        assertEquals(4, events.get(1).data().get("totalJobOpenings").asInt());
        assertEquals("CLOSED", events.get(2).data().get("status").asText());
        assertEquals("Dự án tạm hoãn", events.get(3).data().get("cancelReason").asText());
        String mentor = ((List<?>) offer.get("mentorSubjects")).get(0).toString();
        events.forEach(e -> assertFalse(e.data().toString().contains(mentor), "no mentor in events"));

        List<TopicReader.Received> onTopic = TopicReader.readUntil(
                Topics.PLACEMENT,
                received -> received.stream().filter(r -> id.equals(r.key())).count() == 4,
                Duration.ofSeconds(30));
        assertEquals(4, onTopic.stream().filter(r -> id.equals(r.key())).count(), "keyed by the offer id");
    }

    @Test
    void aTransitionNeedsIfMatchWithTheCurrentVersion() {
        Offers.World own = newBusiness();
        own.upsert("HR-IFM", own.offer("Thực tập"));
        given().auth()
                .oauth2(own.token())
                .when()
                .post(own.path("HR-IFM") + "/open")
                .then()
                .statusCode(428)
                .contentType(PROBLEM)
                .body("type", endsWith("/if-match-required"));
        given().auth()
                .oauth2(own.token())
                .header("If-Match", "\"7\"")
                .when()
                .post(own.path("HR-IFM") + "/open")
                .then()
                .statusCode(412)
                .body("currentVersion", equalTo(1));
        given().auth()
                .oauth2(own.token())
                .header("If-Match", "\"1\"")
                .when()
                .post(own.path("HR-NONE") + "/open")
                .then()
                .statusCode(404);
        assertEquals(List.of(), OfferOutbox.typesOf(own.business()));
    }

    @Test
    void eachTransitionStartsOnlyFromTheStatusesItNames() {
        Offers.World own = newBusiness();
        own.upsert("HR-ST", own.offer("Thực tập"));
        notAllowed(own, "close", null, "DRAFT");
        own.transition("HR-ST", "open", null).statusCode(200);
        notAllowed(own, "open", null, "OPEN");
        own.transition("HR-ST", "cancel", Map.of("reason", "Đổi kế hoạch")).statusCode(200);
        notAllowed(own, "cancel", Map.of("reason", "Lần nữa"), "CANCELLED");
        notAllowed(own, "open", null, "CANCELLED");
        assertEquals(List.of("offer.published", "offer.cancelled"), OfferOutbox.typesOf(own.business()));
    }

    private static void notAllowed(Offers.World own, String transition, Map<String, Object> body, String status) {
        own.transition("HR-ST", transition, body)
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", endsWith("/offer-transition-not-allowed"))
                .body("status", equalTo(409))
                .body("offerStatus", equalTo(status));
    }

    @Test
    void anOfferDoesNotOpenWithPastDatesARetiredFieldOrARetiredModel() {
        Offers.World own = newBusiness();
        LocalDate yesterday = LocalDate.now().minusDays(1);
        Map<String, Object> past = own.offer("Đã qua");
        past.put("jobStartDate", yesterday.toString());
        past.put("validThrough", yesterday.minusDays(5).toString());
        own.upsert("HR-PAST", past);
        own.transition("HR-PAST", "open", null)
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", endsWith("/offer-not-openable"))
                .body("errors.field", containsInAnyOrder("jobStartDate", "validThrough"));

        String field = CatalogAnnouncements.activeField("GONE");
        String model = CatalogAnnouncements.cooperationModel("GONE");
        Map<String, Object> later =
                with(with(own.offer("Sẽ ngừng"), "fieldCode", field), "cooperationModelCode", model);
        own.upsert("HR-RETIRED", later);
        CatalogAnnouncements.retireField(field);
        CatalogAnnouncements.retireCooperationModel(model);
        own.transition("HR-RETIRED", "open", null)
                .statusCode(409)
                .body("type", endsWith("/offer-not-openable"))
                .body("errors.field", containsInAnyOrder("fieldCode", "cooperationModelCode"));
        assertEquals(List.of(), OfferOutbox.typesOf(own.business()));
    }

    @Test
    void aBusinessTheStateHasNotVerifiedDraftsButDoesNotOpen() {
        Offers.World pending = world.forBusiness(CatalogAnnouncements.partner(Partner.BUSINESS, "registered"));
        pending.upsert("HR-PENDING", pending.offer("Chờ xác minh"));
        pending.transition("HR-PENDING", "open", null)
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", endsWith("/organization-not-verified"));
        Offers.World suspended = world.forBusiness(CatalogAnnouncements.partner(Partner.BUSINESS, "suspended"));
        suspended.transition("HR-ANY", "open", null).statusCode(403).body("type", endsWith("/organization-suspended"));
        assertEquals(List.of(), OfferOutbox.typesOf(pending.business()));
    }

    @Test
    void cancellingNeedsAReasonAndADraftNobodyHeardOfIsCancelledSilently() {
        Offers.World own = newBusiness();
        own.upsert("HR-DRAFT", own.offer("Bản nháp"));
        own.transition("HR-DRAFT", "cancel", Map.of()).statusCode(400).body("errors[0].field", equalTo("body.reason"));
        own.transition("HR-DRAFT", "cancel", Map.of("reason", "  "))
                .statusCode(400)
                .body("errors[0].field", equalTo("body.reason"));
        own.transition("HR-DRAFT", "cancel", Map.of("reason", "R".repeat(OfferLimits.CANCEL_REASON + 1)))
                .statusCode(400);
        given().auth()
                .oauth2(own.token())
                .header("If-Match", "*")
                .contentType(ContentType.TEXT)
                .body("{\"reason\": \"Không tuyển nữa\"}")
                .when()
                .post(own.path("HR-DRAFT") + "/cancel")
                .then()
                .statusCode(415)
                .contentType(PROBLEM);
        own.transition("HR-DRAFT", "cancel", Map.of("reason", "Không tuyển nữa"))
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));
        assertEquals(List.of(), OfferOutbox.typesOf(own.business()));
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstAnswerInsteadOfOpeningTwice() {
        Offers.World own = newBusiness();
        own.upsert("HR-KEY", own.offer("Một lần thôi"));
        String key = "open-" + UUID.randomUUID();
        String first = given().auth()
                .oauth2(own.token())
                .header("If-Match", "\"1\"")
                .header("Idempotency-Key", key)
                .when()
                .post(own.path("HR-KEY") + "/open")
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .extract()
                .asString();
        String again = given().auth()
                .oauth2(own.token())
                .header("If-Match", "\"1\"")
                .header("Idempotency-Key", key)
                .when()
                .post(own.path("HR-KEY") + "/open")
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", "true")
                .header("ETag", "\"2\"")
                .extract()
                .asString();
        assertEquals(first, again);
        given().auth()
                .oauth2(own.token())
                .header("If-Match", "\"2\"")
                .header("Idempotency-Key", key)
                .when()
                .post(own.path("HR-KEY") + "/close")
                .then()
                .statusCode(422)
                .body("type", endsWith("/idempotency-key-reused"));
        assertEquals(List.of("offer.published"), OfferOutbox.typesOf(own.business()));
    }

    @Test
    void theSeatsOfAnOfferNeverDropBelowTheSeatsTaken() {
        Offers.World own = newBusiness();
        Map<String, Object> offer = own.offer("Ba chỗ");
        String id = own.open("HR-SEATS", offer);
        // Accepted placements (applications, next) take seats; two are taken here as they would be
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update offer set seats_taken = 2 where id = ?1")
                        .setParameter(1, UUID.fromString(id))
                        .executeUpdate());
        own.put("HR-SEATS", with(offer, "totalJobOpenings", 1))
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", endsWith("/seats-below-taken"))
                .body("seatsTaken", equalTo(2));
        own.put("HR-SEATS", with(offer, "totalJobOpenings", 2)).statusCode(200).body("seatsTaken", equalTo(2));
        given().auth()
                .oauth2(TestTokens.student(UUID.randomUUID().toString()))
                .when()
                .get("/api/v1/offers/" + id)
                .then()
                .statusCode(200)
                .body("seatsAvailable", equalTo(0));
        given().auth()
                .oauth2(own.token())
                .contentType(ContentType.JSON)
                .when()
                .get(own.path("HR-SEATS"))
                .then()
                .body("totalJobOpenings", equalTo(2));
    }
}
