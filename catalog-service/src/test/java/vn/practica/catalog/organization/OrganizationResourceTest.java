package vn.practica.catalog.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.practica.events.CloudEventHeaders;
import vn.practica.events.Topics;
import vn.practica.events.catalog.CatalogEventTypes;
import vn.practica.testkit.TestTokens;
import vn.practica.testkit.TopicReader;

@QuarkusTest
class OrganizationResourceTest {
    private static final String ORGS = "/api/v1/organizations";
    private static final String PROBLEM = "application/problem+json";
    private static final String PROBLEMS = "https://practica.vn/problems/";

    private static String taxCode() {
        return String.format("%010d", ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    }

    private static Map<String, Object> business(String taxCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "BUSINESS");
        body.put("identifier", taxCode);
        body.put("legalName", "Tổng công ty Cảng Sài Gòn");
        body.put("shortName", "Cảng Sài Gòn");
        body.put("provinceCode", "HCM");
        body.put("website", "https://saigonport.vn");
        body.put("contactEmail", "hr@saigonport.vn");
        body.put("fieldCodes", List.of("PORT_OPS", "DIGITAL_DATA"));
        return body;
    }

    private static String newOrgId() {
        return UUID.randomUUID().toString();
    }

    /** A business registers itself: the new organization's id is its token's org. */
    private static String register(Map<String, Object> body) {
        String orgId = newOrgId();
        String id = given().auth()
                .oauth2(TestTokens.business(orgId))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(ORGS)
                .then()
                .statusCode(201)
                .header("Location", equalTo(ORGS + "/" + orgId))
                .extract()
                .path("id");
        assertEquals(orgId, id);
        return id;
    }

    @Test
    void businessRegistersItselfAsPendingAndTheEventOmitsContactDetails() {
        String id = register(business(taxCode()));
        given().auth()
                .oauth2(TestTokens.state())
                .when()
                .get(ORGS + "/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("legalName", equalTo("Tổng công ty Cảng Sài Gòn"))
                .body("fieldCodes", hasItems("PORT_OPS", "DIGITAL_DATA"));
        TopicReader.Received event = TopicReader.await(Topics.CATALOG, r -> id.equals(r.key()), Duration.ofSeconds(30));
        assertEquals(CatalogEventTypes.ORGANIZATION_REGISTERED, event.headers().get(CloudEventHeaders.TYPE));
        assertEquals(false, event.value().contains("saigonport.vn"), "contact details stay in catalog");
    }

    @Test
    void onlyTheStateVerifiesAndSuspends() {
        String id = register(business(taxCode()));
        given().auth()
                .oauth2(TestTokens.business(id))
                .when()
                .post(ORGS + "/" + id + "/verify")
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.state())
                .when()
                .post(ORGS + "/" + id + "/verify")
                .then()
                .statusCode(200)
                .body("status", equalTo("VERIFIED"))
                .body("version", equalTo(2));
        given().auth()
                .oauth2(TestTokens.state())
                .header("If-Match", "\"1\"")
                .when()
                .post(ORGS + "/" + id + "/suspend")
                .then()
                .statusCode(412)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.state())
                .header("If-Match", "\"2\"")
                .when()
                .post(ORGS + "/" + id + "/suspend")
                .then()
                .statusCode(200)
                .body("status", equalTo("SUSPENDED"));
    }

    @Test
    void taxCodeWithBranchSuffixIsStoredWithoutTheHyphenAndDuplicatesAreRejected() {
        String base = taxCode();
        String id = register(business(base + "-001"));
        given().auth()
                .oauth2(TestTokens.state())
                .when()
                .get(ORGS + "/" + id)
                .then()
                .body("identifier", equalTo(base + "001"));
        given().auth()
                .oauth2(TestTokens.business(newOrgId()))
                .contentType(ContentType.JSON)
                .body(business(base + "001"))
                .when()
                .post(ORGS)
                .then()
                .statusCode(409)
                .contentType(PROBLEM);
    }

    @Test
    void malformedTaxCodeUnknownProvinceAndUnknownFieldAreRejectedAndNothingIsWritten() {
        String taxCode = taxCode();
        Map<String, Object> badTax = business("12345");
        Map<String, Object> badProvince = business(taxCode);
        badProvince.put("provinceCode", "HA_TAY");
        Map<String, Object> badField = business(taxCode);
        badField.put("fieldCodes", List.of("ASTROLOGY"));
        given().auth()
                .oauth2(TestTokens.business(newOrgId()))
                .contentType(ContentType.JSON)
                .body(badTax)
                .when()
                .post(ORGS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("body.identifier"));
        given().auth()
                .oauth2(TestTokens.business(newOrgId()))
                .contentType(ContentType.JSON)
                .body(badProvince)
                .when()
                .post(ORGS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("body.provinceCode"));
        given().auth()
                .oauth2(TestTokens.business(newOrgId()))
                .contentType(ContentType.JSON)
                .body(badField)
                .when()
                .post(ORGS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("body.fieldCodes"));
        given().auth()
                .oauth2(TestTokens.state())
                .when()
                .get(ORGS + "?size=200")
                .then()
                .body("identifier", not(hasItem(taxCode)));
    }

    @Test
    void aBusinessCannotRegisterASchoolNorAnAgency() {
        Map<String, Object> school = business("BKA");
        school.put("kind", "SCHOOL");
        given().auth()
                .oauth2(TestTokens.business(newOrgId()))
                .contentType(ContentType.JSON)
                .body(school)
                .when()
                .post(ORGS)
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.student("X"))
                .contentType(ContentType.JSON)
                .body(business(taxCode()))
                .when()
                .post(ORGS)
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
    }

    @Test
    void directoryFiltersByKindProvinceAndStatus() {
        Map<String, Object> danang = business(taxCode());
        danang.put("provinceCode", "DN");
        String id = register(danang);
        given().auth()
                .oauth2(TestTokens.state())
                .when()
                .get(ORGS + "?kind=BUSINESS&province=DN&status=PENDING")
                .then()
                .statusCode(200)
                .body("id", hasItem(id))
                .body("provinceCode", not(hasItem("HCM")));
        given().auth()
                .oauth2(TestTokens.school("HUST"))
                .when()
                .get(ORGS + "?status=MAYBE")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        given().when().get(ORGS).then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void usersOfASuspendedOrganizationMayReadButNotWrite() {
        String id = register(business(taxCode()));
        String member = TestTokens.business(id);
        given().auth()
                .oauth2(member)
                .contentType(ContentType.JSON)
                .body(business(taxCode()))
                .when()
                .post(ORGS)
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "already-registered"));
        given().auth()
                .oauth2(TestTokens.state())
                .when()
                .post(ORGS + "/" + id + "/suspend")
                .then()
                .statusCode(200);

        String refusedTaxCode = taxCode();
        given().auth()
                .oauth2(member)
                .contentType(ContentType.JSON)
                .body(business(refusedTaxCode))
                .when()
                .post(ORGS)
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("detail", org.hamcrest.Matchers.containsString("suspended"));
        given().auth().oauth2(member).when().get(ORGS + "/" + id).then().statusCode(200);
        given().auth()
                .oauth2(TestTokens.state())
                .when()
                .get(ORGS + "?size=200")
                .then()
                .body("identifier", not(hasItem(refusedTaxCode)));
    }

    @Test
    void searchIgnoresVietnameseDiacritics() {
        Map<String, Object> body = business(taxCode());
        String marker = "Đường Thủy " + ThreadLocalRandom.current().nextInt(1_000_000);
        body.put("legalName", "Công ty Vận tải " + marker);
        String id = register(body);
        String folded = "cong ty van tai " + marker.replace("Đường Thủy", "duong thuy");
        given().auth()
                .oauth2(TestTokens.state())
                .queryParam("q", folded)
                .when()
                .get(ORGS)
                .then()
                .statusCode(200)
                .body("id", hasItem(id))
                .body("$", hasSize(1));
        given().auth()
                .oauth2(TestTokens.state())
                .queryParam("q", "CẢNG sài gon")
                .when()
                .get(ORGS + "?size=200")
                .then()
                .statusCode(200)
                .body("id", hasItem(id));
        given().auth()
                .oauth2(TestTokens.state())
                .queryParam("q", "100%")
                .when()
                .get(ORGS)
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
    }

    @Test
    void searchWordsMatchInAnyOrderAndSortUpdatedListsTheLatestChangeFirst() {
        String marker = "Kho " + ThreadLocalRandom.current().nextInt(1_000_000);
        Map<String, Object> first = business(taxCode());
        first.put("legalName", "Công ty Logistics " + marker);
        String older = register(first);
        Map<String, Object> second = business(taxCode());
        second.put("legalName", "Công ty Logistics " + marker);
        String newer = register(second);
        String reversed = marker.toLowerCase(java.util.Locale.ROOT) + " logistics cong ty";
        given().auth()
                .oauth2(TestTokens.state())
                .queryParam("q", reversed)
                .queryParam("sort", "updated")
                .when()
                .get(ORGS)
                .then()
                .statusCode(200)
                .body("id", equalTo(List.of(newer, older)));
        given().auth()
                .oauth2(TestTokens.state())
                .queryParam("sort", "size")
                .when()
                .get(ORGS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("query.sort"));
    }

    @Test
    void aPartnerCannotRegisterWithATokenThatNamesNoOrganizationId() {
        given().auth()
                .oauth2(TestTokens.business("SAIGON-PORT"))
                .contentType(ContentType.JSON)
                .body(business(taxCode()))
                .when()
                .post(ORGS)
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "forbidden"));
    }

    @Test
    void theStateRejectsAnImpostorAndTheRealOwnerThenRegistersTheTaxCode() {
        String disputed = taxCode();
        String impostor = register(business(disputed));
        given().auth()
                .oauth2(TestTokens.business(newOrgId()))
                .contentType(ContentType.JSON)
                .body(business(disputed))
                .when()
                .post(ORGS)
                .then()
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "identifier-taken"));
        given().auth()
                .oauth2(TestTokens.business(impostor))
                .when()
                .post(ORGS + "/" + impostor + "/reject")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.state())
                .when()
                .post(ORGS + "/" + impostor + "/reject")
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"));
        TopicReader.Received event = TopicReader.await(
                Topics.CATALOG,
                r -> impostor.equals(r.key())
                        && CatalogEventTypes.ORGANIZATION_REJECTED.equals(
                                r.headers().get(CloudEventHeaders.TYPE)),
                Duration.ofSeconds(30));
        assertEquals(true, event.value().contains("REJECTED"));

        String owner = register(business(disputed));
        given().auth()
                .oauth2(TestTokens.state())
                .when()
                .get(ORGS + "/" + owner)
                .then()
                .statusCode(200)
                .body("identifier", equalTo(disputed));
    }

    @Test
    void unverifiedRegistrationsAreSeenOnlyByTheStateAndTheOrganizationItself() {
        Map<String, Object> body = business(taxCode());
        String marker = "Chờ Duyệt " + ThreadLocalRandom.current().nextInt(1_000_000);
        body.put("legalName", "Công ty " + marker);
        String id = register(body);
        String other = TestTokens.business(newOrgId());
        given().auth().oauth2(other).when().get(ORGS + "/" + id).then().statusCode(404);
        given().auth()
                .oauth2(other)
                .queryParam("q", marker)
                .when()
                .get(ORGS)
                .then()
                .statusCode(200)
                .body("$", hasSize(0));
        given().auth()
                .oauth2(TestTokens.business(id))
                .when()
                .get(ORGS + "/" + id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.business(id))
                .queryParam("q", marker)
                .when()
                .get(ORGS)
                .then()
                .body("id", equalTo(List.of(id)));
        given().auth()
                .oauth2(TestTokens.state())
                .when()
                .post(ORGS + "/" + id + "/verify")
                .then()
                .statusCode(200);
        given().auth().oauth2(other).when().get(ORGS + "/" + id).then().statusCode(200);
    }

    @Test
    void locationIsARelativePathWhateverTheHostHeaderSays() {
        String orgId = newOrgId();
        given().auth()
                .oauth2(TestTokens.business(orgId))
                .header("Host", "evil.example")
                .contentType(ContentType.JSON)
                .body(business(taxCode()))
                .when()
                .post(ORGS)
                .then()
                .statusCode(201)
                .header("Location", equalTo(ORGS + "/" + orgId));
    }

    @Test
    void provincesAreTheThirtyFourUnitsOfJuly2025() {
        given().when()
                .get("/api/v1/provinces")
                .then()
                .statusCode(200)
                .body("$", hasSize(34))
                .body("code", hasItems("HN", "HCM", "HUE", "AG"));
    }
}
