package vn.practica.placement.offer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.practica.placement.offer.Offers.PROBLEM;
import static vn.practica.placement.offer.Offers.with;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.practica.placement.CatalogAnnouncements;
import vn.practica.reference.partner.Partner;
import vn.practica.testkit.TestTokens;

/** A business's system upserts its offers by its own ids: idempotent, validated, its own only. */
@QuarkusTest
class BusinessOfferResourceTest {
    private static Offers.World world;

    @Inject
    EntityManager em;

    @BeforeAll
    static void announce() {
        world = Offers.World.announce("OFFER");
    }

    private long offersOf(UUID business) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from offer where business_id = ?1")
                                .setParameter(1, business)
                                .getSingleResult())
                        .longValue());
    }

    @Test
    void aNewExternalRefMakesADraftAndTheSameOfferAgainChangesNothingAndEmitsNothing() {
        Offers.World own = world.forBusiness(CatalogAnnouncements.verifiedBusiness());
        Map<String, Object> offer = own.offer("Thực tập sinh dữ liệu");
        ExtractableResponse<Response> created = own.put("HR-001", offer)
                .statusCode(201)
                .header("Location", "/api/v1/businesses/" + own.business() + "/offers/HR-001")
                .header("ETag", "\"1\"")
                .body("status", equalTo("DRAFT"))
                .body("externalRef", equalTo("HR-001"))
                .body("cooperationModelVersion", equalTo(1))
                .body("seatsTaken", equalTo(0))
                .extract();
        String id = created.path("id");

        own.put("HR-001", offer).statusCode(200).header("ETag", "\"1\"").body("id", equalTo(id));
        Map<String, Object> reordered = with(
                with(offer, "title", "  Thực tập sinh dữ liệu "),
                "eligibility",
                Map.of("yearsOfStudy", List.of(4, 3, 4), "schoolIds", List.of(), "programSourcedIds", List.of()));
        own.put("HR-001", reordered).statusCode(200).header("ETag", "\"1\"");
        assertEquals(1, offersOf(own.business()));

        own.put("HR-001", with(offer, "totalJobOpenings", 5))
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("totalJobOpenings", equalTo(5));
        assertEquals(List.of(), OfferOutbox.typesOf(own.business()), "drafts are not announced");
    }

    @Test
    void theBusinessReadsItsOfferWholeByItsOwnIdWithTheVersionAsETag() {
        Offers.World own = world.forBusiness(CatalogAnnouncements.verifiedBusiness());
        Map<String, Object> offer = own.offer("Kỹ sư dữ liệu tập sự");
        own.upsert("HR-READ", offer);
        given().auth()
                .oauth2(own.token())
                .when()
                .get(own.path("HR-READ"))
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("title", equalTo("Kỹ sư dữ liệu tập sự"))
                .body("mentorSubjects", equalTo(offer.get("mentorSubjects")))
                .body("applicantQuestions", equalTo(offer.get("applicantQuestions")))
                .body("eligibility.yearsOfStudy", equalTo(List.of(3, 4)))
                .body("stipendVnd", equalTo(3_000_000))
                .body("jobStartDate", equalTo(Offers.START.toString()));
        given().auth()
                .oauth2(own.token())
                .when()
                .get(own.path("HR-NONE"))
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void ifMatchIsOptionalButHonouredWhenSent() {
        Offers.World own = world.forBusiness(CatalogAnnouncements.verifiedBusiness());
        Map<String, Object> offer = own.offer("Phân tích dữ liệu");
        given().auth()
                .oauth2(own.token())
                .header("If-Match", "\"1\"")
                .contentType(ContentType.JSON)
                .body(offer)
                .when()
                .put(own.path("HR-IFM"))
                .then()
                .statusCode(412)
                .body("type", endsWith("/stale-version"));
        own.upsert("HR-IFM", offer);
        own.upsert("HR-IFM", with(offer, "totalJobOpenings", 4));
        given().auth()
                .oauth2(own.token())
                .header("If-Match", "\"1\"")
                .contentType(ContentType.JSON)
                .body(with(offer, "totalJobOpenings", 6))
                .when()
                .put(own.path("HR-IFM"))
                .then()
                .statusCode(412)
                .body("currentVersion", equalTo(2));
        given().auth()
                .oauth2(own.token())
                .header("If-Match", "\"2\"")
                .contentType(ContentType.JSON)
                .body(with(offer, "totalJobOpenings", 6))
                .when()
                .put(own.path("HR-IFM"))
                .then()
                .statusCode(200)
                .header("ETag", "\"3\"");
    }

    @Test
    void badContentIsRefusedNamingTheMemberAndNothingIsWritten() {
        Offers.World own = world.forBusiness(CatalogAnnouncements.verifiedBusiness());
        Map<String, Object> offer = own.offer("Thực tập");
        String retired = CatalogAnnouncements.retiredField("OLD");
        UUID deletedItem = CatalogAnnouncements.deletedCompetencyItem();
        refused(own, with(offer, "fieldCode", "ASTROLOGY"), "body.fieldCode", "unknown or retired field ASTROLOGY");
        refused(own, with(offer, "fieldCode", retired), "body.fieldCode", "unknown or retired field " + retired);
        UUID unknownItem = UUID.randomUUID();
        refused(
                own,
                with(offer, "competencyItemIds", List.of(own.item().toString(), unknownItem.toString())),
                "body.competencyItemIds",
                "unknown competency item " + unknownItem);
        refused(
                own,
                with(offer, "competencyItemIds", List.of(deletedItem.toString())),
                "body.competencyItemIds",
                "unknown competency item " + deletedItem);
        refused(own, with(offer, "totalJobOpenings", 0), "body.totalJobOpenings", "must be greater than or equal to 1");
        refused(own, with(offer, "totalJobOpenings", 10_001), "body.totalJobOpenings", "must be less than or equal to");
        refused(
                own,
                with(offer, "jobEndDate", Offers.START.minusDays(1).toString()),
                "body.jobEndDate",
                "must not be before jobStartDate");
        refused(
                own,
                with(offer, "validThrough", Offers.START.plusDays(1).toString()),
                "body.validThrough",
                "must not be after jobStartDate");
        refused(own, with(offer, "title", "T".repeat(OfferLimits.TITLE + 1)), "body.title", "size must be");
        refused(own, with(offer, "description", "x\u0000y"), "body.description", "control characters");
        refused(own, with(offer, "provinceCode", null), "body.provinceCode", "is required for HYBRID work");
        refused(
                own,
                with(with(offer, "workMode", "REMOTE"), "provinceCode", "HN"),
                "body.provinceCode",
                "must be absent for REMOTE work");
        refused(
                own,
                with(offer, "competencyItemIds", Arrays.asList(own.item().toString(), null)),
                "body.competencyItemIds[1]",
                "must not be null");
        refused(
                own,
                with(offer, "applicantQuestions", List.of("Vì sao?", " ")),
                "body.applicantQuestions[1]",
                "must not be blank");
        refused(own, with(offer, "stipendVnd", -1), "body.stipendVnd", "must be greater than or equal to 0");
        refused(own, with(offer, "jobStartDate", "2999-01-01"), "body.jobStartDate", "must be between");
        refused(own, with(offer, "expectedHours", 100), "body.expectedHours", "must be between 120 and 960");
        refused(own, with(offer, "contributionKind", "REAL_PROJECT"), "body.contributionKind", "covers INTERNSHIP");
        refused(
                own,
                with(offer, "cooperationModelCode", "NO_SUCH_MODEL"),
                "body.cooperationModelCode",
                "unknown cooperation model NO_SUCH_MODEL");
        own.put("HR-BAD", with(offer, "workMode", "TELEPORT"))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", endsWith("/malformed-body"))
                .body("detail", containsString("workMode"));
        given().auth()
                .oauth2(own.token())
                .contentType(ContentType.TEXT)
                .body("title=Thực tập")
                .when()
                .put(own.path("HR-BAD"))
                .then()
                .statusCode(415)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(own.token())
                .contentType(ContentType.JSON)
                .body(offer)
                .when()
                .put(Offers.path(own.business()) + "/bad%2Fref")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        assertEquals(0, offersOf(own.business()));
    }

    private static void refused(Offers.World own, Map<String, Object> body, String field, String message) {
        own.put("HR-BAD", body)
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem(field))
                .body("errors.find { it.field == '" + field + "' }.message", containsString(message));
    }

    @Test
    void aRetiredCooperationModelTakesNoNewOffersButOffersKeepTheVersionTheyWereMadeUnder() {
        Offers.World own = world.forBusiness(CatalogAnnouncements.verifiedBusiness());
        String model = CatalogAnnouncements.cooperationModel("KEEP");
        Map<String, Object> offer = with(own.offer("Thực tập 900 giờ"), "cooperationModelCode", model);
        offer.put("expectedHours", 900);
        own.upsert("HR-V1", offer);
        CatalogAnnouncements.reviseCooperationModel(model);
        // Version 2 allows at most 640 hours; the offer made under version 1 keeps its 960
        JsonPath changed = own.upsert("HR-V1", with(offer, "title", "Thực tập 900 giờ, cập nhật"));
        assertEquals(1, changed.getInt("cooperationModelVersion"));
        refused(own, with(offer, "title", "Mới"), "body.expectedHours", "must be between 120 and 640");

        CatalogAnnouncements.retireCooperationModel(model);
        refused(own, with(offer, "expectedHours", 400), "body.cooperationModelCode", "is retired");
        own.upsert("HR-V1", with(offer, "title", "Vẫn theo phiên bản 1"));
    }

    @Test
    void aBusinessReadsAndWritesOnlyItsOwnOffers() {
        Offers.World a = world.forBusiness(CatalogAnnouncements.verifiedBusiness());
        Offers.World b = world.forBusiness(CatalogAnnouncements.verifiedBusiness());
        Map<String, Object> offer = b.offer("Của doanh nghiệp B");
        b.upsert("HR-B", offer);
        UUID school = CatalogAnnouncements.verifiedSchool();
        for (String token :
                List.of(a.token(), TestTokens.school(b.business().toString()), TestTokens.student(school.toString()))) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(with(offer, "title", "Sửa trộm"))
                    .when()
                    .put(b.path("HR-B"))
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM);
            given().auth().oauth2(token).when().get(b.path("HR-B")).then().statusCode(403);
            given().auth()
                    .oauth2(token)
                    .when()
                    .get(Offers.path(b.business()))
                    .then()
                    .statusCode(403);
            given().auth()
                    .oauth2(token)
                    .header("If-Match", "*")
                    .when()
                    .post(b.path("HR-B") + "/open")
                    .then()
                    .statusCode(403);
        }
        given().auth()
                .oauth2(TestTokens.state())
                .contentType(ContentType.JSON)
                .body(offer)
                .when()
                .put(b.path("HR-B"))
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.state())
                .when()
                .get(b.path("HR-B"))
                .then()
                .statusCode(200);
        given().when().get(b.path("HR-B")).then().statusCode(401).contentType(PROBLEM);
        assertEquals(0, offersOf(a.business()));
        b.upsert("HR-B", offer).getString("title");
        assertEquals("Của doanh nghiệp B", b.upsert("HR-B", offer).getString("title"));
    }

    @Test
    void onlyABusinessPlacementKnowsPostsOffers() {
        UUID school = CatalogAnnouncements.verifiedSchool();
        UUID unknown = UUID.randomUUID();
        UUID suspended = CatalogAnnouncements.partner(Partner.BUSINESS, "suspended");
        Map<String, Object> offer = world.offer("Không được đăng");
        world.forBusiness(school).put("HR-X", offer).statusCode(422).body("type", endsWith("/not-a-business"));
        world.forBusiness(unknown).put("HR-X", offer).statusCode(404).body("type", endsWith("/not-found"));
        world.forBusiness(suspended)
                .put("HR-X", offer)
                .statusCode(403)
                .body("type", endsWith("/organization-suspended"));
        for (UUID org : List.of(school, unknown, suspended)) {
            assertEquals(0, offersOf(org));
        }
    }

    @Test
    void theOwnListPagesInExternalRefOrderAndFiltersByStatus() {
        Offers.World own = world.forBusiness(CatalogAnnouncements.verifiedBusiness());
        for (String ref : List.of("C-3", "A-1", "B-2")) {
            own.upsert(ref, own.offer("Vị trí " + ref));
        }
        own.transition("B-2", "open", null).statusCode(200);
        JsonPath first = given().auth()
                .oauth2(own.token())
                .queryParam("limit", 2)
                .when()
                .get(Offers.path(own.business()))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("A-1", "B-2"), first.getList("items.externalRef"));
        given().auth()
                .oauth2(own.token())
                .queryParam("limit", 2)
                .queryParam("cursor", first.getString("nextCursor"))
                .when()
                .get(Offers.path(own.business()))
                .then()
                .statusCode(200)
                .body("items.externalRef", equalTo(List.of("C-3")))
                .body("nextCursor", equalTo(null));
        given().auth()
                .oauth2(own.token())
                .queryParam("status", "OPEN")
                .when()
                .get(Offers.path(own.business()))
                .then()
                .statusCode(200)
                .body("items.externalRef", equalTo(List.of("B-2")));
        given().auth()
                .oauth2(own.token())
                .queryParam("status", "PUBLISHED")
                .when()
                .get(Offers.path(own.business()))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("query.status"));
    }
}
