package vn.practica.placement.offer;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.practica.placement.CatalogAnnouncements;
import vn.practica.testkit.TestTokens;

/**
 * What the offer tests need: a business's world as catalog announced it (verified business, field, competency
 * item, cooperation model), valid offer bodies, and the calls a business's system makes.
 */
final class Offers {
    static final String PROBLEM = "application/problem+json";
    /** Dates relative to today, so an offer made now can open. */
    static final LocalDate START = LocalDate.now().plusDays(60);

    static final LocalDate END = START.plusDays(90);
    static final LocalDate DEADLINE = START.minusDays(14);
    /** Within the sample cooperation model's 120 to 960 hours (640 after its revision). */
    static final int HOURS = 480;

    private Offers() {}

    /** A business, a field, a competency item and a cooperation model, as catalog announced them. */
    record World(UUID business, String field, UUID item, String model) {
        static World announce(String prefix) {
            return new World(
                    CatalogAnnouncements.verifiedBusiness(),
                    CatalogAnnouncements.activeField(prefix),
                    CatalogAnnouncements.competencyItem(),
                    CatalogAnnouncements.cooperationModel(prefix));
        }

        /** The same world for another business. */
        World forBusiness(UUID other) {
            return new World(other, field, item, model);
        }

        String token() {
            return TestTokens.business(business.toString());
        }

        /** A valid hybrid internship in Hà Nội with three seats. */
        Map<String, Object> offer(String title) {
            Map<String, Object> body = new HashMap<>();
            body.put("title", title);
            body.put("description", "Sinh viên tham gia vận hành hệ thống và được kèm cặp hằng tuần.\nCó phụ cấp.");
            body.put("fieldCode", field);
            body.put("competencyItemIds", List.of(item.toString()));
            body.put("totalJobOpenings", 3);
            body.put("workMode", "HYBRID");
            body.put("provinceCode", "HN");
            body.put("jobStartDate", START.toString());
            body.put("jobEndDate", END.toString());
            body.put("expectedHours", HOURS);
            body.put("validThrough", DEADLINE.toString());
            body.put("stipendVnd", 3_000_000);
            body.put("eligibility", Map.of("yearsOfStudy", List.of(3, 4)));
            body.put("mentorSubjects", List.of("mentor-of-" + business));
            body.put("applicantQuestions", List.of("Vì sao bạn chọn vị trí này?"));
            body.put("cooperationModelCode", model);
            body.put("contributionKind", "INTERNSHIP");
            return body;
        }

        String path(String externalRef) {
            return Offers.path(business) + "/" + externalRef;
        }

        /** PUT as the business itself. */
        ValidatableResponse put(String externalRef, Map<String, Object> body) {
            return given().auth()
                    .oauth2(token())
                    .contentType(ContentType.JSON)
                    .body(body)
                    .when()
                    .put(path(externalRef))
                    .then();
        }

        /** PUT expecting 201 or 200; the answer. */
        JsonPath upsert(String externalRef, Map<String, Object> body) {
            return put(externalRef, body)
                    .statusCode(org.hamcrest.Matchers.oneOf(200, 201))
                    .extract()
                    .jsonPath();
        }

        /** POST .../{transition} with If-Match: * as the business itself. */
        ValidatableResponse transition(String externalRef, String transition, Map<String, Object> body) {
            var request = given().auth().oauth2(token()).header("If-Match", "*");
            if (body != null) {
                request = request.contentType(ContentType.JSON).body(body);
            }
            return request.when().post(path(externalRef) + "/" + transition).then();
        }

        /** Upserts and opens; the open offer's id. */
        String open(String externalRef, Map<String, Object> body) {
            upsert(externalRef, body);
            return transition(externalRef, "open", null)
                    .statusCode(200)
                    .extract()
                    .path("id");
        }
    }

    static String path(UUID business) {
        return "/api/v1/businesses/" + business + "/offers";
    }

    /** The same body with one member changed (or removed, for a null value). */
    static Map<String, Object> with(Map<String, Object> body, String member, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        if (value == null) {
            changed.remove(member);
        } else {
            changed.put(member, value);
        }
        return changed;
    }
}
