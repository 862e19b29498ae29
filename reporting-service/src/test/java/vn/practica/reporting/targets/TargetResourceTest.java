package vn.practica.reporting.targets;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.practica.testkit.TestTokens;

/** Targets: the State sets them by natural key, everyone signed in reads the progress of their own slice. */
@QuarkusTest
class TargetResourceTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String TARGET = "/api/v1/targets/{year}/{kpi}";
    private static final String PROGRESS = "/api/v1/targets/progress";
    private static TargetStory story;

    private static synchronized TargetStory story() {
        if (story == null) {
            story = new TargetStory();
            story.send();
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> given().auth()
                                    .oauth2(TestTokens.state())
                                    .queryParam("from", "2025-01-01")
                                    .queryParam("to", "2025-12-31")
                                    .queryParam("period", "year")
                                    .queryParam("field", story.field)
                                    .get("/api/v1/kpis/placements")
                                    .then()
                                    .extract()
                                    .path("rows[0].placedApplicants")
                            != null);
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> given().auth()
                                    .oauth2(TestTokens.state())
                                    .get("/api/v1/kpis/fields")
                                    .then()
                                    .extract()
                                    .statusCode()
                            == 200);
        }
        return story;
    }

    private static RequestSpecification state() {
        return given().auth().oauth2(TestTokens.state());
    }

    private static RequestSpecification target(RequestSpecification request, String field, String province) {
        if (field != null) {
            request = request.queryParam("field", field);
        }
        if (province != null) {
            request = request.queryParam("province", province);
        }
        return request;
    }

    private static int put(int year, String kpi, String field, String province, long value, String ifMatch) {
        RequestSpecification request =
                target(state().contentType(ContentType.JSON).body(Map.of("target", value)), field, province);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.put(TARGET, year, kpi).then().extract().statusCode();
    }

    private static Map<String, Object> progressRow(List<Map<String, Object>> rows, String kpi, String province) {
        return rows.stream()
                .filter(r -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> target = (Map<String, Object>) r.get("target");
                    return kpi.equals(target.get("kpi"))
                            && java.util.Objects.equals(province, target.get("provinceCode"))
                            && story.field.equals(target.get("fieldCode"));
                })
                .findFirst()
                .orElseThrow();
    }

    @Test
    void progressShowsActualsPercentsProjectionAndPerTenThousandOfAKnownYear() {
        TargetStory s = story();
        assertEquals(201, put(TargetStory.YEAR, "placedApplicants", s.field, "HN", 12, null));
        assertEquals(201, put(TargetStory.YEAR, "placedApplicants", s.field, "DN", 4, null));
        // Other tests set these two as well, with the same values: created or unchanged, whichever ran first
        assertTrue(put(TargetStory.YEAR, "placedApplicants", s.field, null, 20, null) < 300);
        assertTrue(put(TargetStory.YEAR, "seatsOffered", s.field, null, 34, null) < 300);
        String etag = state().get("/api/v1/provinces/HN")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        state().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("population", 1_200_000))
                .put("/api/v1/provinces/HN/population")
                .then()
                .statusCode(200)
                .body("population", equalTo(1_200_000));

        List<Map<String, Object>> rows = state().queryParam("year", TargetStory.YEAR)
                .get(PROGRESS)
                .then()
                .statusCode(200)
                .body("year", equalTo(TargetStory.YEAR))
                .body("minimumCellSize", equalTo(5))
                .extract()
                .path("rows");

        // HN: 6 of 12 placed; 2025 is over, so the projection is the actual; 6 per 1,200,000 = 0.05 per 10,000
        Map<String, Object> hn = progressRow(rows, "placedApplicants", "HN");
        assertEquals(6, hn.get("actual"));
        assertEquals(false, hn.get("suppressed"));
        assertEquals(50.0f, ((Number) hn.get("percentAchieved")).floatValue());
        assertEquals(6, hn.get("projectedYearEnd"));
        assertEquals(1_200_000, hn.get("population"));
        assertEquals(0.05f, ((Number) hn.get("actualPer10000Population")).floatValue());
        assertEquals(0.1f, ((Number) hn.get("targetPer10000Population")).floatValue());
        // DN: two students, fewer than k: nothing derived from them is shown
        Map<String, Object> dn = progressRow(rows, "placedApplicants", "DN");
        assertEquals(true, dn.get("suppressed"));
        assertNull(dn.get("actual"));
        assertNull(dn.get("percentAchieved"));
        assertNull(dn.get("projectedYearEnd"));
        // The field nationally: 6 + 2 + 5 = 13 of 20; no national population until every province has one
        Map<String, Object> all = progressRow(rows, "placedApplicants", null);
        assertEquals(13, all.get("actual"));
        assertEquals(65.0f, ((Number) all.get("percentAchieved")).floatValue());
        assertNull(all.get("population"));
        Map<String, Object> seats = progressRow(rows, "seatsOffered", null);
        assertEquals(17, seats.get("actual"));
        assertEquals(50.0f, ((Number) seats.get("percentAchieved")).floatValue());
    }

    @Test
    void aSchoolSeesItsOwnSliceOnlyAndNoOfferSide() {
        TargetStory s = story();
        put(TargetStory.YEAR, "placedApplicants", s.field, null, 20, null);
        put(TargetStory.YEAR, "seatsOffered", s.field, null, 34, null);
        String otherSchool = UUID.randomUUID().toString();

        List<Map<String, Object>> rows = given().auth()
                .oauth2(TestTokens.school(otherSchool))
                .queryParam("year", TargetStory.YEAR)
                .get(PROGRESS)
                .then()
                .statusCode(200)
                .extract()
                .path("rows");
        assertEquals(0, progressRow(rows, "placedApplicants", null).get("actual"), "none of its students");
        assertNull(progressRow(rows, "seatsOffered", null).get("actual"), "offers belong to no school");

        List<Map<String, Object>> own = given().auth()
                .oauth2(TestTokens.school(s.school.toString()))
                .queryParam("year", TargetStory.YEAR)
                .get(PROGRESS)
                .then()
                .statusCode(200)
                .extract()
                .path("rows");
        assertEquals(13, progressRow(own, "placedApplicants", null).get("actual"));

        given().auth()
                .oauth2(TestTokens.school(otherSchool))
                .queryParam("schoolId", s.school.toString())
                .get(PROGRESS)
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
    }

    @Test
    void targetsAreCreatedOnceUpdatedWithIfMatchAndDeleted() {
        TargetStory s = story();
        int year = 2030;
        state().contentType(ContentType.JSON)
                .body(Map.of("target", 100))
                .queryParam("field", s.field)
                .put(TARGET, year, "filledSeats")
                .then()
                .statusCode(201)
                .header("ETag", "\"1\"")
                .body("target", equalTo(100))
                .body("provinceCode", nullValue());
        assertEquals(200, put(year, "filledSeats", s.field, null, 100, null), "the same value again");
        state().queryParam("field", s.field)
                .get(TARGET, year, "filledSeats")
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"");
        assertEquals(200, put(year, "filledSeats", s.field, null, 120, "\"1\""));
        assertEquals(412, put(year, "filledSeats", s.field, null, 130, "\"1\""));
        state().queryParam("field", s.field)
                .get(TARGET, year, "filledSeats")
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("target", equalTo(120));
        state().queryParam("field", s.field)
                .header("If-Match", "\"1\"")
                .delete(TARGET, year, "filledSeats")
                .then()
                .statusCode(412);
        state().queryParam("field", s.field)
                .header("If-Match", "\"2\"")
                .delete(TARGET, year, "filledSeats")
                .then()
                .statusCode(204);
        state().queryParam("field", s.field)
                .get(TARGET, year, "filledSeats")
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void onlyTheStateWritesAndEveryoneMustSignIn() {
        TargetStory s = story();
        int year = 2031;
        for (String token : List.of(
                TestTokens.school(s.school.toString()),
                TestTokens.business(s.business.toString()),
                TestTokens.student(s.school.toString()))) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(Map.of("target", 1))
                    .put(TARGET, year, "placedApplicants")
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM);
        }
        given().auth()
                .oauth2(TestTokens.student(s.school.toString()))
                .get(PROGRESS)
                .then()
                .statusCode(403);
        given().contentType(ContentType.JSON)
                .body(Map.of("target", 1))
                .put(TARGET, year, "placedApplicants")
                .then()
                .statusCode(401);
        given().get(PROGRESS).then().statusCode(401);
        given().get("/api/v1/provinces").then().statusCode(401);
        state().get(TARGET, year, "placedApplicants").then().statusCode(404);
    }

    @Test
    void hostileInputIsAProblemAndChangesNothing() {
        TargetStory s = story();
        int year = 2032;
        List<RequestSpecification> hostile = List.of(
                state().contentType(ContentType.JSON).body(Map.of("target", 1)).queryParam("province", "ZZ"),
                state().contentType(ContentType.JSON).body(Map.of("target", 1)).queryParam("field", "NO_SUCH_FIELD"),
                state().contentType(ContentType.JSON).body(Map.of("target", 1)).queryParam("field", "IT\u0000"),
                state().contentType(ContentType.JSON).body(Map.of("target", 1)).queryParam("province", "HN\u0000"),
                state().contentType(ContentType.JSON).body(Map.of("target", -1)),
                state().contentType(ContentType.JSON).body(Map.of("target", 100_000_001L)),
                state().contentType(ContentType.JSON).body("{\"target\": \"7\"}"),
                state().contentType(ContentType.JSON).body("{\"target\": 7, \"extra\": 1}"),
                state().contentType(ContentType.JSON).body("{\"target\": 7, \"target\": 8}"),
                state().contentType(ContentType.JSON).body("{\"target\": null}"),
                state().contentType(ContentType.JSON).body(Map.of("target", 1)).header("If-Match", "nonsense"));
        for (RequestSpecification request : hostile) {
            int status = request.put(TARGET, year, "placedApplicants")
                    .then()
                    .contentType(PROBLEM)
                    .extract()
                    .statusCode();
            assertTrue(status >= 400 && status < 500, "status " + status);
        }
        for (String path : List.of("abcd", "99999", "1999", "2101", "-2025")) {
            state().contentType(ContentType.JSON)
                    .body(Map.of("target", 1))
                    .put("/api/v1/targets/" + path + "/placedApplicants")
                    .then()
                    .statusCode(org.hamcrest.Matchers.either(equalTo(400))
                            .or(equalTo(404))
                            .or(equalTo(422)))
                    .contentType(PROBLEM);
            state().queryParam("year", path)
                    .get(PROGRESS)
                    .then()
                    .statusCode(org.hamcrest.Matchers.either(equalTo(400)).or(equalTo(422)))
                    .contentType(PROBLEM);
        }
        state().contentType(ContentType.JSON)
                .body(Map.of("target", 1))
                .put(TARGET, year, "students")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        state().queryParam("schoolId", "not-a-uuid").get(PROGRESS).then().statusCode(400);
        assertEquals(
                Integer.valueOf(0),
                state().queryParam("year", year)
                        .get(PROGRESS)
                        .then()
                        .statusCode(200)
                        .extract()
                        .<Integer>path("rows.size()"));
        state().queryParam("field", s.field)
                .get(TARGET, year, "placedApplicants")
                .then()
                .statusCode(404);
    }
}
