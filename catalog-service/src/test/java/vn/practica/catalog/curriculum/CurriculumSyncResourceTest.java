package vn.practica.catalog.curriculum;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.practica.catalog.CompetencyFixtures;
import vn.practica.catalog.Schools;
import vn.practica.testkit.TestTokens;

@QuarkusTest
class CurriculumSyncResourceTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String MODIFIED = "2026-09-01T00:00:00Z";

    @Inject
    EntityManager em;

    private static String registerSchool() {
        return Schools.register("Trường Đại học Bách khoa Hà Nội", "HN").id();
    }

    private static String path(String schoolId) {
        return "/api/v1/schools/" + schoolId + "/curriculum";
    }

    private static Map<String, Object> program(String sourcedId, String field, int level) {
        Map<String, Object> row = new HashMap<>();
        row.put("sourcedId", sourcedId);
        row.put("fieldCode", field);
        row.put("level", level);
        row.put("nameVi", "Kỹ thuật phần mềm");
        row.put("nameEn", "Software engineering");
        row.put("durationMonths", 48);
        row.put("status", "active");
        row.put("dateLastModified", MODIFIED);
        return row;
    }

    private static Map<String, Object> course(String sourcedId, String title, String... programs) {
        Map<String, Object> row = new HashMap<>();
        row.put("sourcedId", sourcedId);
        row.put("code", "IT" + sourcedId.hashCode() % 1000);
        row.put("title", title);
        row.put("credits", 3);
        row.put("practicalHours", 45);
        row.put("learningOutcomes", List.of("Thiết kế hệ thống", "Kiểm thử phần mềm"));
        row.put("programSourcedIds", List.of(programs));
        row.put("status", "active");
        row.put("dateLastModified", MODIFIED);
        return row;
    }

    private static JsonPath sync(String schoolId, Object body) {
        return given().auth()
                .oauth2(TestTokens.school(schoolId))
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put(path(schoolId))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private long eventsOfSchool(String schoolId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                                        "select count(*) from outbox_event where aggregatetype in ('program', 'course')"
                                                + " and payload ->> 'schoolId' = ?1")
                                .setParameter(1, schoolId)
                                .getSingleResult())
                        .longValue());
    }

    private static Map<String, Object> batch() {
        return Map.of(
                "programs", List.of(program("P-SE", "IT", 6), program("P-FT", "FINTECH", 6)),
                "courses",
                        List.of(
                                course("C-1", "Nhập môn lập trình", "P-SE"),
                                course("C-2", "Cơ sở dữ liệu", "P-SE", "P-FT"),
                                course("C-3", "Thanh toán số", "P-FT")));
    }

    @Test
    void aSchoolAwaitingVerificationPublishesNoCurriculum() {
        String school =
                Schools.registerPending("Trường Cao đẳng Chờ duyệt", "HN").id();
        given().auth()
                .oauth2(TestTokens.school(school))
                .contentType(ContentType.JSON)
                .body(batch())
                .when()
                .put(path(school))
                .then()
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", org.hamcrest.Matchers.endsWith("/problems/organization-not-verified"));
        assertEquals(0, eventsOfSchool(school));
    }

    @Test
    void syncCreatesEverythingOnceAndTheSameBatchAgainChangesNothingAndEmitsNothing() {
        String school = registerSchool();
        JsonPath first = sync(school, batch());
        assertEquals(5, first.getInt("created"));
        assertEquals(5, eventsOfSchool(school));

        JsonPath second = sync(school, batch());
        assertEquals(0, second.getInt("created") + second.getInt("updated") + second.getInt("rejected"));
        assertEquals(5, second.getInt("unchanged"));
        assertEquals(5, eventsOfSchool(school));
    }

    @Test
    void changedRowIsUpdatedAndTobedeletedIsAnnouncedOnce() {
        String school = registerSchool();
        sync(school, batch());
        Map<String, Object> renamed = course("C-1", "Nhập môn lập trình Python", "P-SE");
        renamed.put("dateLastModified", "2026-10-01T00:00:00Z");
        Map<String, Object> deleted = course("C-2", "Cơ sở dữ liệu", "P-SE", "P-FT");
        deleted.put("status", "tobedeleted");
        deleted.put("dateLastModified", "2026-10-01T00:00:00Z");
        JsonPath result = sync(school, Map.of("courses", List.of(renamed, deleted)));
        assertEquals(2, result.getInt("updated"));
        assertEquals(7, eventsOfSchool(school));
        assertEquals(
                0, sync(school, Map.of("courses", List.of(renamed, deleted))).getInt("updated"));
    }

    @Test
    void olderRowThanTheStoredOneChangesNothing() {
        String school = registerSchool();
        sync(school, batch());
        Map<String, Object> stale = course("C-3", "Tiêu đề cũ", "P-FT");
        stale.put("dateLastModified", "2025-01-01T00:00:00Z");
        JsonPath result = sync(school, Map.of("courses", List.of(stale)));
        assertEquals("unchanged", result.getString("results[0].outcome"));
        assertEquals(5, eventsOfSchool(school));
    }

    @Test
    void eachBadRowIsRejectedWithItsReasonAndTheGoodRowsStillApply() {
        String school = registerSchool();
        Map<String, Object> badStatus = program("P-STATUS", "IT", 6);
        badStatus.put("status", "archived");
        List<Object> programs = List.of(
                program("P-OK", "IT", 6),
                program("P-ASTRO", "ASTROLOGY", 6),
                program("P-DUP", "IT", 6),
                program("P-DUP", "IT", 7),
                program("P-LEVEL", "IT", 9),
                badStatus);
        List<Object> courses = List.of(course("C-OK", "Tốt", "P-OK"), course("C-ORPHAN", "Mồ côi", "P-NOWHERE"));
        JsonPath result = sync(school, Map.of("programs", programs, "courses", courses));
        assertEquals(2, result.getInt("created"));
        assertEquals(6, result.getInt("rejected"));
        assertEquals(
                List.of("created", "rejected", "rejected", "rejected", "rejected", "rejected", "created", "rejected"),
                result.getList("results.outcome"));
        assertEquals("duplicate sourcedId in this batch", result.getString("results[2].reason"));
        assertEquals(2, eventsOfSchool(school));
    }

    @Test
    void aSchoolSyncsOnlyItsOwnCurriculum() {
        String schoolA = registerSchool();
        String schoolB = registerSchool();
        given().auth()
                .oauth2(TestTokens.school(schoolA))
                .contentType(ContentType.JSON)
                .body(batch())
                .when()
                .put(path(schoolB))
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.business(schoolB))
                .contentType(ContentType.JSON)
                .body(batch())
                .when()
                .put(path(schoolB))
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        given().contentType(ContentType.JSON)
                .body(batch())
                .when()
                .put(path(schoolB))
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
        assertEquals(0, eventsOfSchool(schoolB));
    }

    private static JsonPath delta(String schoolId, String cursor, int limit) {
        var request = given().auth()
                .oauth2(TestTokens.business("ANY"))
                .queryParam("schoolId", schoolId)
                .queryParam("limit", limit);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.when()
                .get("/api/v1/courses")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void deltaReadPagesThroughEveryChangeOnceThenReturnsOnlyNewChanges() throws InterruptedException {
        String school = registerSchool();
        sync(school, batch());
        Thread.sleep(2_500);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 5; page++) {
            JsonPath result = delta(school, cursor, 2);
            seen.addAll(result.getList("items.sourcedId"));
            cursor = result.getString("nextCursor");
        }
        assertEquals(List.of("C-1", "C-2", "C-3"), seen.stream().sorted().toList());

        Map<String, Object> changed = course("C-2", "Cơ sở dữ liệu nâng cao", "P-SE");
        changed.put("dateLastModified", "2026-10-01T00:00:00Z");
        sync(school, Map.of("courses", List.of(changed)));
        Thread.sleep(2_500);
        JsonPath next = delta(school, cursor, 10);
        assertEquals(List.of("C-2"), next.getList("items.sourcedId"));
        assertEquals("Cơ sở dữ liệu nâng cao", next.getString("items[0].title"));
    }

    @Test
    void deltaReadStopsBeforeAWriteStillInProgressSoItsRowsCannotBeSkipped() throws Exception {
        String school = registerSchool();
        sync(school, Map.of("courses", List.of(course("C-EARLY", "Khóa học sớm"))));
        // Another writer's transaction begins now and stays open, like a long sync still running
        try (var writer = java.sql.DriverManager.getConnection(
                org.eclipse.microprofile.config.ConfigProvider.getConfig()
                        .getValue("quarkus.datasource.jdbc.url", String.class),
                org.eclipse.microprofile.config.ConfigProvider.getConfig()
                        .getValue("quarkus.datasource.username", String.class),
                org.eclipse.microprofile.config.ConfigProvider.getConfig()
                        .getOptionalValue("quarkus.datasource.password", String.class)
                        .orElse(""))) {
            writer.setAutoCommit(false);
            try (var begin = writer.createStatement()) {
                begin.execute("select pg_current_xact_id()");
            }
            Thread.sleep(50);
            sync(school, Map.of("courses", List.of(course("C-LATE", "Khóa học muộn"))));
            Thread.sleep(2_500);
            assertEquals(List.of("C-EARLY"), delta(school, null, 10).getList("items.sourcedId"));
            writer.rollback();
        }
        assertEquals(List.of("C-EARLY", "C-LATE"), delta(school, null, 10).getList("items.sourcedId"));
    }

    @Test
    void deltaReadRejectsForeignCursorsAndBadTimes() {
        given().auth()
                .oauth2(TestTokens.school("X"))
                .queryParam("cursor", "bm90LWEtY3Vyc29y")
                .when()
                .get("/api/v1/courses")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(TestTokens.school("X"))
                .queryParam("updatedSince", "last tuesday")
                .when()
                .get("/api/v1/courses")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        given().when().get("/api/v1/courses").then().statusCode(401).contentType(PROBLEM);
    }

    @SuppressWarnings("unchecked")
    private List<String> mappedItems(String courseId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("select cast(item_id as text) from course_competency"
                                + " where course_id = cast(?1 as uuid) order by 1")
                        .setParameter(1, courseId)
                        .getResultList());
    }

    @Test
    void coursesMapToCompetencyItemsAndAChangedMappingIsAnUpdate() {
        String school = registerSchool();
        List<String> items = CompetencyFixtures.items(em, 2);
        Map<String, Object> mapped = course("C-DATA", "Phân tích dữ liệu", "P-SE");
        mapped.put("competencyItemIds", items);
        JsonPath first =
                sync(school, Map.of("programs", List.of(program("P-SE", "IT", 6)), "courses", List.of(mapped)));
        assertEquals("created", first.getString("results[1].outcome"));

        List<String> stored = mappedItems(first.getString("results[1].id"));
        assertEquals(items.stream().sorted().toList(), stored);

        mapped.put("competencyItemIds", List.of(items.get(0)));
        mapped.put("dateLastModified", "2026-10-01T00:00:00Z");
        JsonPath second = sync(school, Map.of("courses", List.of(mapped)));
        assertEquals("updated", second.getString("results[0].outcome"));
        assertEquals(List.of(items.get(0)), mappedItems(first.getString("results[1].id")));
        assertEquals(3, eventsOfSchool(school));
    }

    @Test
    void unknownOrMalformedCompetencyItemRejectsThatCourseOnly() {
        String school = registerSchool();
        Map<String, Object> unknown = course("C-X", "Khóa học X");
        unknown.put("competencyItemIds", List.of(UUID.randomUUID().toString()));
        Map<String, Object> malformed = course("C-Y", "Khóa học Y");
        malformed.put("competencyItemIds", List.of("not-a-uuid"));
        JsonPath result = sync(school, Map.of("courses", List.of(unknown, malformed, course("C-Z", "Khóa học Z"))));
        assertEquals("rejected", result.getString("results[0].outcome"));
        assertEquals(true, result.getString("results[0].reason").startsWith("unknown competency item"));
        assertEquals("rejected", result.getString("results[1].outcome"));
        assertEquals(true, result.getString("results[1].reason").contains("not-a-uuid"));
        assertEquals("created", result.getString("results[2].outcome"));
        assertEquals(1, eventsOfSchool(school));
    }

    @Test
    void bodyLargerThanTheByteLimitIsRefusedBeforeItIsRead() {
        String school = registerSchool();
        String padding = "x".repeat(17 * 1024 * 1024);
        given().auth()
                .oauth2(TestTokens.school(school))
                .contentType(ContentType.JSON)
                .body(Map.of("courses", List.of(Map.of("sourcedId", "C-BIG", "title", padding))))
                .when()
                .put(path(school))
                .then()
                .statusCode(413)
                .contentType(PROBLEM)
                .body("detail", org.hamcrest.Matchers.containsString("at most 16777216 bytes"));
        assertEquals(0, eventsOfSchool(school));
    }

    @Test
    void theSameNewBatchSentFourTimesAtOnceCreatesEachRowOnceAndAllSucceed() throws Exception {
        String school = registerSchool();
        List<Object> courses = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            courses.add(course("C-" + i, "Học phần " + i, "P-SE"));
        }
        Map<String, Object> body = Map.of("programs", List.of(program("P-SE", "IT", 6)), "courses", courses);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<JsonPath>> sends = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                sends.add(pool.submit(() -> sync(school, body)));
            }
            int created = 0;
            int unchanged = 0;
            for (var send : sends) {
                JsonPath result = send.get(); // sync() asserts 200: without the per-school lock a racer gets 409
                created += result.getInt("created");
                unchanged += result.getInt("unchanged");
            }
            assertEquals(301, created);
            assertEquals(3 * 301, unchanged);
        } finally {
            pool.shutdown();
        }
        assertEquals(301, eventsOfSchool(school));
    }

    @Test
    void oversizedBatchIsRefusedWhole() {
        String school = registerSchool();
        List<Object> courses = new ArrayList<>();
        for (int i = 0; i <= CurriculumSyncResource.MAX_ROWS; i++) {
            courses.add(Map.of("sourcedId", "C" + i));
        }
        given().auth()
                .oauth2(TestTokens.school(school))
                .contentType(ContentType.JSON)
                .body(Map.of("courses", courses))
                .when()
                .put(path(school))
                .then()
                .statusCode(413)
                .contentType(PROBLEM);
        assertEquals(0, eventsOfSchool(school));
    }

    @Test
    void invalidUtf8IsBadRequest() {
        String school = registerSchool();
        byte[] body = {
            '{',
            '"',
            'p',
            'r',
            'o',
            'g',
            'r',
            'a',
            'm',
            's',
            '"',
            ':',
            '[',
            '{',
            '"',
            'n',
            'a',
            'm',
            'e',
            'V',
            'i',
            '"',
            ':',
            '"',
            (byte) 0xC3,
            (byte) 0x28,
            '"',
            '}',
            ']',
            '}'
        };
        given().auth()
                .oauth2(TestTokens.school(school))
                .contentType("application/json; charset=utf-8")
                .body(body)
                .when()
                .put(path(school))
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("status", equalTo(400));
        assertEquals(0, eventsOfSchool(school));
    }
}
