package vn.practica.placement.offer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.practica.placement.offer.Offers.PROBLEM;
import static vn.practica.placement.offer.Offers.with;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.practica.placement.CatalogAnnouncements;
import vn.practica.testkit.TestTokens;

/**
 * Students, schools, the State and businesses find open offers by search and read published ones by id, as JSON
 * or as schema.org JSON-LD. Each test posts under a field of its own, so it sees only its own offers.
 */
@QuarkusTest
class OfferDiscoveryResourceTest {
    private static final String STUDENT = TestTokens.student(UUID.randomUUID().toString());

    @Inject
    EntityManager em;

    private static JsonPath search(Map<String, ?> query) {
        return given().auth()
                .oauth2(STUDENT)
                .queryParams(query)
                .when()
                .get("/api/v1/offers")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static List<String> titles(Map<String, ?> query) {
        return search(query).getList("items.title");
    }

    @Test
    void discoveryListsOnlyOpenOffersWhoseDeadlineHasNotPassed() {
        Offers.World own = Offers.World.announce("DISC");
        own.upsert("D-DRAFT", own.offer("Bản nháp"));
        own.open("D-OPEN", own.offer("Đang mở"));
        own.open("D-CLOSED", own.offer("Đã đóng"));
        own.transition("D-CLOSED", "close", null).statusCode(200);
        own.open("D-CANCELLED", own.offer("Đã huỷ"));
        own.transition("D-CANCELLED", "cancel", Map.of("reason", "Hết ngân sách"))
                .statusCode(200);
        String expired = own.open("D-EXPIRED", own.offer("Hết hạn nộp"));
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("update offer set valid_through = ?2 where id = ?1")
                        .setParameter(1, UUID.fromString(expired))
                        .setParameter(2, LocalDate.now().minusDays(2))
                        .executeUpdate());
        for (String token : List.of(
                STUDENT,
                TestTokens.school(UUID.randomUUID().toString()),
                TestTokens.state(),
                TestTokens.business(UUID.randomUUID().toString()),
                own.token())) {
            given().auth()
                    .oauth2(token)
                    .queryParam("fieldCode", own.field())
                    .when()
                    .get("/api/v1/offers")
                    .then()
                    .statusCode(200)
                    .body("items.title", equalTo(List.of("Đang mở")));
        }
        given().queryParam("fieldCode", own.field())
                .when()
                .get("/api/v1/offers")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
    }

    @Test
    void filtersNarrowByProvinceWorkModeCompetencyItemAndDeadline() {
        Offers.World own = Offers.World.announce("FILT");
        UUID otherItem = CatalogAnnouncements.competencyItem();
        own.open("F-HN", own.offer("Hà Nội, kết hợp"));
        Map<String, Object> danang = with(own.offer("Đà Nẵng, tại chỗ"), "provinceCode", "DN");
        danang.put("workMode", "ONSITE");
        danang.put("competencyItemIds", List.of(otherItem.toString()));
        own.open("F-DN", danang);
        Map<String, Object> remote = with(own.offer("Từ xa"), "provinceCode", null);
        remote.put("workMode", "REMOTE");
        remote.put("validThrough", Offers.START.minusDays(1).toString());
        own.open("F-REMOTE", remote);

        String field = own.field();
        assertEquals(List.of("Đà Nẵng, tại chỗ"), titles(Map.of("fieldCode", field, "provinceCode", "DN")));
        assertEquals(List.of("Từ xa"), titles(Map.of("fieldCode", field, "workMode", "REMOTE")));
        assertEquals(List.of("Đà Nẵng, tại chỗ"), titles(Map.of("fieldCode", field, "competencyItemId", otherItem)));
        assertEquals(List.of("Từ xa"), titles(Map.of("fieldCode", field, "deadlineAfter", Offers.DEADLINE.toString())));
        assertEquals(3, titles(Map.of("fieldCode", field)).size());
        given().auth()
                .oauth2(STUDENT)
                .queryParam("workMode", "TELEPORT")
                .queryParam("deadlineAfter", "2027-02-30")
                .queryParam("competencyItemId", "1-2-3-4-5")
                .when()
                .get("/api/v1/offers")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", org.hamcrest.Matchers.hasItems("query.workMode", "query.competencyItemId"));
    }

    @Test
    void wordsFindOffersWithOrWithoutDiacriticsInAnyOrder() {
        Offers.World own = Offers.World.announce("TEXT");
        own.open("T-1", own.offer("Kỹ sư Dữ liệu Đô thị"));
        Map<String, Object> port = own.offer("Vận hành cảng");
        port.put("description", "Điều phối xe nâng tại cảng Đình Vũ; đo đạc 100% container.");
        own.open("T-2", port);
        String field = own.field();
        for (String q : List.of("du lieu do thi", "Dữ liệu", "ĐÔ THỊ", "thi  do", "ky su")) {
            assertEquals(List.of("Kỹ sư Dữ liệu Đô thị"), titles(Map.of("fieldCode", field, "q", q)), q);
        }
        assertEquals(List.of("Vận hành cảng"), titles(Map.of("fieldCode", field, "q", "dinh vu xe nang")));
        assertEquals(List.of("Vận hành cảng"), titles(Map.of("fieldCode", field, "q", "100%")));
        assertEquals(List.of(), titles(Map.of("fieldCode", field, "q", "10_%")));
        assertEquals(List.of(), titles(Map.of("fieldCode", field, "q", "du lieu cang")));
        assertEquals(2, titles(Map.of("fieldCode", field, "q", "  ")).size());
    }

    @Test
    void pagesWalkEveryOpenOfferOnceNewestFirst() {
        Offers.World own = Offers.World.announce("PAGE");
        List<String> opened = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            own.open("P-" + i, own.offer("Trang " + i));
            opened.add(0, "Trang " + i);
        }
        List<String> seen = new ArrayList<>();
        Map<String, Object> query = new HashMap<>(Map.of("fieldCode", own.field(), "limit", 2));
        List<Integer> sizes = new ArrayList<>();
        String cursor;
        do {
            JsonPath page = search(query);
            seen.addAll(page.getList("items.title"));
            sizes.add(page.getList("items").size());
            cursor = page.getString("nextCursor");
            query.put("cursor", cursor);
        } while (cursor != null);
        assertEquals(opened, seen);
        assertEquals(List.of(2, 2, 1), sizes);
        String forged = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("+1000000000-01-01T00:00:00Z|00000000-0000-0000-0000-000000000000".getBytes());
        for (String bad : List.of("not-a-cursor", forged)) {
            given().auth()
                    .oauth2(STUDENT)
                    .queryParam("cursor", bad)
                    .when()
                    .get("/api/v1/offers")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("query.cursor"));
        }
    }

    @Test
    void aPublishedOfferIsPublicForJobBoardsAndSearchEnginesButADraftIsNot() {
        Offers.World own = Offers.World.announce("PUBLIC");
        String draft = own.upsert("P-DRAFT", own.offer("Nháp chưa công bố")).getString("id");
        String open = own.open("P-OPEN", own.offer("Tuyển thực tập sinh"));
        given().accept("application/ld+json")
                .when()
                .get("/api/v1/offers/" + open)
                .then()
                .statusCode(200)
                .contentType(startsWith("application/ld+json"))
                .body("'@type'", equalTo("JobPosting"))
                .body("title", equalTo("Tuyển thực tập sinh"))
                .body("$", not(hasKey("mentorSubjects")));
        given().when()
                .get("/api/v1/offers/" + open)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("$", not(hasKey("mentorSubjects")))
                .body("$", not(hasKey("externalRef")));
        given().when().get("/api/v1/offers/" + draft).then().statusCode(404).contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.forged())
                .when()
                .get("/api/v1/offers/" + open)
                .then()
                .statusCode(401);
        // Search stays for signed-in partners
        given().when().get("/api/v1/offers").then().statusCode(401);
    }

    @Test
    void anOfferIsReadByIdOnceItIsPublishedAndADraftOnlyByItsBusiness() {
        Offers.World own = Offers.World.announce("BYID");
        String draft = own.upsert("I-DRAFT", own.offer("Nháp riêng")).getString("id");
        String open = own.open("I-OPEN", own.offer("Công khai"));
        for (String token :
                List.of(STUDENT, TestTokens.business(UUID.randomUUID().toString()))) {
            given().auth()
                    .oauth2(token)
                    .when()
                    .get("/api/v1/offers/" + draft)
                    .then()
                    .statusCode(404)
                    .contentType(PROBLEM);
        }
        for (String token : List.of(own.token(), TestTokens.state())) {
            given().auth()
                    .oauth2(token)
                    .when()
                    .get("/api/v1/offers/" + draft)
                    .then()
                    .statusCode(200);
        }
        given().auth()
                .oauth2(STUDENT)
                .when()
                .get("/api/v1/offers/" + open)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .header("ETag", "\"2\"")
                .body("title", equalTo("Công khai"))
                .body("businessName", equalTo("Cảng Sài Gòn"))
                .body("seatsAvailable", equalTo(3))
                .body("$", not(hasKey("mentorSubjects")))
                .body("$", not(hasKey("externalRef")));
        given().auth()
                .oauth2(STUDENT)
                .when()
                .get("/api/v1/offers/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(STUDENT)
                .when()
                .get("/api/v1/offers/not-an-id")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("path.offerId"));
    }

    @Test
    void anOfferReadsAsASchemaOrgJobPostingInJsonLd() {
        Offers.World own = Offers.World.announce("JSONLD");
        String hybrid = own.open("J-HYBRID", own.offer("Thực tập sinh vận hành"));
        JsonPath posting = given().auth()
                .oauth2(STUDENT)
                .accept("application/ld+json")
                .when()
                .get("/api/v1/offers/" + hybrid)
                .then()
                .statusCode(200)
                .contentType(startsWith("application/ld+json"))
                .header("Vary", "Accept")
                .extract()
                .jsonPath();
        assertEquals("https://schema.org", posting.getString("'@context'"));
        assertEquals("JobPosting", posting.getString("'@type'"));
        assertEquals("Thực tập sinh vận hành", posting.getString("title"));
        assertEquals(LocalDate.now(OfferRules.ZONE).toString(), posting.getString("datePosted"));
        assertEquals(Offers.DEADLINE.toString(), posting.getString("validThrough"));
        assertEquals(Offers.START.toString(), posting.getString("jobStartDate"));
        assertEquals("INTERN", posting.getString("employmentType"));
        assertEquals("Organization", posting.getString("hiringOrganization.'@type'"));
        assertEquals("Cảng Sài Gòn", posting.getString("hiringOrganization.name"));
        assertEquals(own.business().toString(), posting.getString("hiringOrganization.identifier"));
        assertEquals("HN", posting.getString("jobLocation.address.addressRegion"));
        assertEquals("VN", posting.getString("jobLocation.address.addressCountry"));
        assertEquals("TELECOMMUTE", posting.getString("jobLocationType"));
        assertEquals(3, posting.getInt("totalJobOpenings"));
        assertEquals("MonetaryAmount", posting.getString("baseSalary.'@type'"));
        assertEquals("VND", posting.getString("baseSalary.currency"));
        assertEquals(3_000_000, posting.getInt("baseSalary.value.value"));
        assertEquals("MONTH", posting.getString("baseSalary.value.unitText"));
        assertEquals(own.field(), posting.getString("occupationalCategory"));

        Map<String, Object> onsite = with(own.offer("Tại chỗ, không phụ cấp"), "stipendVnd", null);
        onsite.put("workMode", "ONSITE");
        JsonPath plain = given().auth()
                .oauth2(STUDENT)
                .accept("application/ld+json")
                .when()
                .get("/api/v1/offers/" + own.open("J-ONSITE", onsite))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertNull(plain.get("jobLocationType"));
        assertNull(plain.get("baseSalary"));
        assertNull(plain.get("applicantLocationRequirements"));

        Map<String, Object> remote = with(own.offer("Từ xa"), "provinceCode", null);
        remote.put("workMode", "REMOTE");
        JsonPath away = given().auth()
                .oauth2(STUDENT)
                .accept("application/ld+json")
                .when()
                .get("/api/v1/offers/" + own.open("J-REMOTE", remote))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertNull(away.get("jobLocation"));
        assertEquals("TELECOMMUTE", away.getString("jobLocationType"));
        assertEquals("VN", away.getString("applicantLocationRequirements.name"));

        given().auth()
                .oauth2(STUDENT)
                .accept("text/html")
                .when()
                .get("/api/v1/offers/" + hybrid)
                .then()
                .statusCode(406)
                .contentType(PROBLEM)
                .body("type", endsWith("/not-acceptable"));
    }
}
