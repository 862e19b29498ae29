package vn.practica.catalog.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.practica.catalog.Schools;
import vn.practica.platform.text.SearchText;
import vn.practica.testkit.TestTokens;

@QuarkusTest
class SearchResourceTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String COURSES = "/api/v1/search/courses";
    private static final String PROGRAMS = "/api/v1/search/programs";
    private static final String ITEMS = "/api/v1/search/competency-items";
    private static final String MODIFIED = "2026-09-01T00:00:00Z";
    private static final String LATER = "2026-10-01T00:00:00Z";

    @Inject
    EntityManager em;

    private static String registerSchool(String province) {
        return Schools.register("Trường Cao đẳng Du lịch", province).id();
    }

    /** A word no other test uses, so a search for it sees only this test's rows. */
    private static String marker() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 6; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    private static Map<String, Object> program(String sourcedId, String name, String field, int level) {
        Map<String, Object> row = new HashMap<>();
        row.put("sourcedId", sourcedId);
        row.put("fieldCode", field);
        row.put("level", level);
        row.put("nameVi", name);
        row.put("nameEn", "Programme " + sourcedId);
        row.put("durationMonths", 36);
        row.put("status", "active");
        row.put("dateLastModified", MODIFIED);
        return row;
    }

    private static Map<String, Object> course(String sourcedId, String title, String... programs) {
        Map<String, Object> row = new HashMap<>();
        row.put("sourcedId", sourcedId);
        row.put("code", "HP" + Math.abs(sourcedId.hashCode() % 10_000));
        row.put("title", title);
        row.put("credits", 3);
        row.put("practicalHours", 45);
        row.put("programSourcedIds", List.of(programs));
        row.put("status", "active");
        row.put("dateLastModified", MODIFIED);
        return row;
    }

    private static Map<String, Object> deleted(Map<String, Object> row) {
        row.put("status", "tobedeleted");
        row.put("dateLastModified", LATER);
        return row;
    }

    private static void sync(String school, List<Map<String, Object>> programs, List<Map<String, Object>> courses) {
        given().auth()
                .oauth2(TestTokens.state())
                .contentType(ContentType.JSON)
                .body(Map.of("programs", programs, "courses", courses))
                .when()
                .put("/api/v1/schools/" + school + "/curriculum")
                .then()
                .statusCode(200)
                .body("rejected", equalTo(0));
    }

    private static ValidatableResponse search(String path, Map<String, ?> params) {
        return given().auth()
                .oauth2(TestTokens.student("SV001"))
                .queryParams(params)
                .when()
                .get(path)
                .then();
    }

    private static List<String> titles(String path, Map<String, ?> params) {
        return search(path, params).statusCode(200).extract().path("items.title");
    }

    /** A school in {@code province} with a tourism (level 5) and an IT (level 6) programme. */
    private static String schoolWithTwoPrograms(String province, String m, List<Map<String, Object>> courses) {
        String school = registerSchool(province);
        sync(
                school,
                List.of(
                        program("P-TO", "Hướng dẫn du lịch " + m, "TOURISM", 5),
                        program("P-IT", "Công nghệ thông tin " + m, "IT", 6)),
                courses);
        return school;
    }

    @Test
    void diacriticsAreIgnoredInTheQueryAndInTheStoredTitle() {
        String m = marker();
        String school = schoolWithTwoPrograms(
                "HN",
                m,
                List.of(
                        course("C-1", "Du lịch sinh thái " + m, "P-TO"),
                        course("C-2", "Cong nghe phan mem " + m, "P-IT")));
        assertEquals(List.of("Du lịch sinh thái " + m), titles(COURSES, Map.of("q", "du lich " + m)));
        assertEquals(List.of("Du lịch sinh thái " + m), titles(COURSES, Map.of("q", "DU LỊCH " + m)));
        assertEquals(List.of("Cong nghe phan mem " + m), titles(COURSES, Map.of("q", "Công nghệ " + m)));
        search(COURSES, Map.of("q", "cong nghe " + m, "school", school))
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].schoolId", equalTo(school))
                .body(
                        "items[0].schoolName",
                        equalTo(given().auth()
                                .oauth2(TestTokens.state())
                                .get("/api/v1/organizations/" + school)
                                .path("shortName")))
                .body("items[0].credits", equalTo(3.0f))
                .body("items[0].practicalHours", equalTo(45))
                .body("items[0].programs.field", contains("IT"))
                .body("items[0].programs.level", contains(6))
                .body("hasMore", equalTo(false));
    }

    @Test
    void everyWordMustOccurInAnyOrder() {
        String m = marker();
        schoolWithTwoPrograms(
                "HN",
                m,
                List.of(
                        course("C-1", "Du lịch sinh thái " + m, "P-TO"),
                        course("C-2", "Du lịch biển đảo " + m, "P-TO")));
        assertEquals(List.of("Du lịch sinh thái " + m), titles(COURSES, Map.of("q", m + " sinh thai du lich")));
        assertEquals(List.of(), titles(COURSES, Map.of("q", "du lich hang khong " + m)));
        assertEquals(2, titles(COURSES, Map.of("q", "lịch " + m)).size());
    }

    @Test
    void coursesAreFilteredByFieldLevelProvinceAndSchool() {
        String m = marker();
        List<Map<String, Object>> courses = List.of(
                course("C-TO", "Nghiệp vụ lữ hành " + m, "P-TO"),
                course("C-IT", "Lập trình web " + m, "P-IT"),
                course("C-BOTH", "Tin học du lịch " + m, "P-TO", "P-IT"));
        String hanoi = schoolWithTwoPrograms("HN", m, courses);
        String danang = schoolWithTwoPrograms("DN", m, courses);

        assertEquals(6, titles(COURSES, Map.of("q", m)).size());
        search(COURSES, Map.of("q", m, "province", "dn"))
                .body("items.schoolId", everyItem(equalTo(danang)))
                .body("items", hasSize(3));
        search(COURSES, Map.of("q", m, "school", hanoi))
                .body("items.schoolId", everyItem(equalTo(hanoi)))
                .body("items", hasSize(3));
        assertEquals(
                List.of("Lập trình web " + m, "Tin học du lịch " + m),
                titles(COURSES, Map.of("q", m, "field", "IT", "school", hanoi, "sort", "title")));
        assertEquals(
                List.of("Nghiệp vụ lữ hành " + m, "Tin học du lịch " + m),
                titles(COURSES, Map.of("q", m, "level", 5, "school", hanoi, "sort", "title")));
        // Field and level must hold for the same programme: no IT programme is at level 5.
        assertEquals(List.of(), titles(COURSES, Map.of("q", m, "field", "IT", "level", 5)));
        // Filters alone, without text.
        assertEquals(3, titles(COURSES, Map.of("school", danang)).size());
        assertEquals(
                2, titles(COURSES, Map.of("school", danang, "field", "TOURISM")).size());
    }

    @Test
    void programsAreFoundByNameFieldLevelProvinceAndSchool() {
        String m = marker();
        String school = schoolWithTwoPrograms("HCM", m, List.of());
        search(PROGRAMS, Map.of("q", "huong dan du lich " + m))
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].nameVi", equalTo("Hướng dẫn du lịch " + m))
                .body("items[0].fieldCode", equalTo("TOURISM"))
                .body("items[0].level", equalTo(5))
                .body("items[0].schoolId", equalTo(school))
                .body("items[0].nameEn", equalTo("Programme P-TO"));
        search(PROGRAMS, Map.of("q", m, "field", "IT")).body("items.nameVi", contains("Công nghệ thông tin " + m));
        search(PROGRAMS, Map.of("q", m, "level", 6)).body("items.fieldCode", contains("IT"));
        search(PROGRAMS, Map.of("q", m, "province", "HN")).body("items", empty());
        search(PROGRAMS, Map.of("school", school, "sort", "name"))
                .body("items.nameVi", contains("Công nghệ thông tin " + m, "Hướng dẫn du lịch " + m));
    }

    @Test
    void titleSortFollowsVietnameseAlphabeticalOrder() {
        String m = marker();
        List<String> shuffled = List.of(
                "Đạo đức nghề nghiệp", "Văn hóa doanh nghiệp", "Ăn uống", "Ứng dụng", "Du lịch", "An toàn lao động");
        List<Map<String, Object>> courses = new ArrayList<>();
        for (int i = 0; i < shuffled.size(); i++) {
            courses.add(course("C-" + i, shuffled.get(i) + " " + m, "P-TO"));
        }
        schoolWithTwoPrograms("HN", m, courses);
        assertEquals(
                List.of(
                                "An toàn lao động",
                                "Ăn uống",
                                "Du lịch",
                                "Đạo đức nghề nghiệp",
                                "Ứng dụng",
                                "Văn hóa doanh nghiệp")
                        .stream()
                        .map(t -> t + " " + m)
                        .toList(),
                titles(COURSES, Map.of("q", m, "sort", "title")));
    }

    @Test
    void relevancePutsTheClosestMatchFirstAndUpdatedTheNewestFirst() {
        String m = marker();
        String school = schoolWithTwoPrograms(
                "HN",
                m,
                List.of(
                        course("C-LONG", "Lịch sử du thuyền và du lịch biển đảo Việt Nam " + m, "P-TO"),
                        course("C-SHORT", "Du lịch " + m, "P-TO")));
        assertEquals(
                List.of("Du lịch " + m, "Lịch sử du thuyền và du lịch biển đảo Việt Nam " + m),
                titles(COURSES, Map.of("q", "du lich " + m)));

        Map<String, Object> renamed = course("C-LONG", "Lịch sử du thuyền " + m, "P-TO");
        renamed.put("dateLastModified", LATER);
        sync(school, List.of(), List.of(renamed));
        assertEquals(
                List.of("Lịch sử du thuyền " + m, "Du lịch " + m), titles(COURSES, Map.of("q", m, "sort", "updated")));
    }

    @Test
    void pagesNeitherOverlapNorSkipRowsInEveryOrder() {
        String m = marker();
        List<Map<String, Object>> courses = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // Equal titles, so only the id tie-breaker keeps pages apart.
            courses.add(course("C-" + i, "Thực hành nghề " + m, "P-TO"));
        }
        schoolWithTwoPrograms("HN", m, courses);
        for (String sort : List.of("relevance", "title", "updated")) {
            Set<String> seen = new HashSet<>();
            for (int page = 0; page < 3; page++) {
                List<String> ids = search(COURSES, Map.of("q", m, "sort", sort, "page", page, "size", 3))
                        .statusCode(200)
                        .body("page", equalTo(page))
                        .body("size", equalTo(3))
                        .body("hasMore", equalTo(page < 2))
                        .extract()
                        .path("items.id");
                for (String id : ids) {
                    assertEquals(true, seen.add(id), sort + " page " + page + " repeats " + id);
                }
            }
            assertEquals(7, seen.size(), sort);
        }
    }

    @Test
    void tobedeletedCoursesAndProgrammesAreNotFound() {
        String m = marker();
        Map<String, Object> kept = course("C-KEPT", "Quản trị khách sạn " + m, "P-TO", "P-IT");
        String school =
                schoolWithTwoPrograms("HN", m, List.of(kept, course("C-GONE", "Quản trị nhà hàng " + m, "P-TO")));
        sync(
                school,
                List.of(deleted(program("P-IT", "Công nghệ thông tin " + m, "IT", 6))),
                List.of(deleted(course("C-GONE", "Quản trị nhà hàng " + m, "P-TO"))));
        search(COURSES, Map.of("q", "quan tri " + m))
                .body("items.title", contains("Quản trị khách sạn " + m))
                .body("items[0].programs.field", contains("TOURISM"));
        search(COURSES, Map.of("q", m, "field", "IT")).body("items", empty());
        search(PROGRAMS, Map.of("q", m)).body("items.fieldCode", contains("TOURISM"));
    }

    private UUID insertFramework(List<String[]> items) {
        UUID framework = UUID.randomUUID();
        Instant now = Instant.now();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into competency_framework (id, uri, title, creator, last_change_date_time,"
                            + " version, updated_at) values (?1, ?2, ?3, 'Bộ LĐTBXH', ?4, 1, ?4)")
                    .setParameter(1, framework)
                    .setParameter(2, "https://case.example.vn/" + framework)
                    .setParameter(3, "Khung năng lực du lịch")
                    .setParameter(4, now)
                    .executeUpdate();
            for (String[] item : items) {
                UUID id = UUID.randomUUID();
                em.createNativeQuery("insert into competency_item (id, framework_id, uri, human_coding_scheme,"
                                + " full_statement, item_type, education_level, last_change_date_time, version,"
                                + " updated_at, search_text) values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as jsonb), ?8, 1,"
                                + " ?8, ?9)")
                        .setParameter(1, id)
                        .setParameter(2, framework)
                        .setParameter(3, "https://case.example.vn/item/" + id)
                        .setParameter(4, item[0])
                        .setParameter(5, item[1])
                        .setParameter(6, item[2])
                        .setParameter(7, "[\"05\", \"06\"]")
                        .setParameter(8, now)
                        .setParameter(9, SearchText.of(item[0], item[1]))
                        .executeUpdate();
            }
        });
        return framework;
    }

    @Test
    void competencyItemsAreFoundByTextFrameworkAndType() {
        String m = marker();
        UUID framework = insertFramework(List.of(
                new String[] {"DL.2", "Đón tiếp và phục vụ khách du lịch " + m, "Competency"},
                new String[] {"DL.1", "Thuyết minh điểm đến bằng tiếng Anh " + m, "Skill"},
                new String[] {"DL.3", "Xử lý phàn nàn của khách " + m, "Competency"}));
        UUID other = insertFramework(List.<String[]>of(new String[] {"X.1", "Phục vụ khách " + m, "Competency"}));

        search(ITEMS, Map.of("q", "khach phuc vu " + m, "framework", framework))
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].humanCodingScheme", equalTo("DL.2"))
                .body("items[0].fullStatement", equalTo("Đón tiếp và phục vụ khách du lịch " + m))
                .body("items[0].frameworkId", equalTo(framework.toString()))
                .body("items[0].itemType", equalTo("Competency"))
                .body("items[0].educationLevel", contains("05", "06"));
        search(ITEMS, Map.of("q", "phục vụ khách " + m)).body("items.frameworkId", hasItem(other.toString()));
        search(ITEMS, Map.of("framework", framework, "type", "Competency", "sort", "code"))
                .body("items.humanCodingScheme", contains("DL.2", "DL.3"));
        search(ITEMS, Map.of("framework", framework)).body("items.humanCodingScheme", contains("DL.1", "DL.2", "DL.3"));
    }

    @Test
    void everyBadParameterIsA400ProblemNamingIt() {
        Map<String, List<Map<String, ?>>> badByField = Map.of(
                "query.q", List.of(Map.of("q", "x".repeat(101))),
                "query.field", List.of(Map.of("field", "it-x"), Map.of("field", "ASTRONOMY")),
                "query.province", List.of(Map.of("province", "ZZ9")),
                "query.school", List.of(Map.of("school", "abc"), Map.of("school", "1-2-3-4-5")),
                "query.level", List.of(Map.of("level", 0), Map.of("level", 9), Map.of("level", "six")),
                "query.sort", List.of(Map.of("sort", "price"), Map.of("sort", "name")),
                "query.page", List.of(Map.of("page", -1), Map.of("page", "first")),
                "query.size", List.of(Map.of("size", 0), Map.of("size", 101)));
        badByField.forEach((field, cases) -> cases.forEach(params ->
                search(COURSES, params).statusCode(400).contentType(PROBLEM).body("errors.field", contains(field))));
        search(PROGRAMS, Map.of("sort", "title")).statusCode(400).contentType(PROBLEM);
        search(ITEMS, Map.of("framework", "nope", "sort", "title", "size", 500))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("query.framework", "query.sort", "query.size"));
    }

    @Test
    void searchNeedsASignedInUser() {
        given().when().get(COURSES).then().statusCode(401).contentType(PROBLEM);
        given().when().get(ITEMS).then().statusCode(401).contentType(PROBLEM);
    }
}
