package vn.practica.catalog.curriculum.oneroster;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.practica.catalog.CompetencyFixtures;
import vn.practica.catalog.Schools;
import vn.practica.catalog.Schools.School;
import vn.practica.catalog.curriculum.CurriculumSyncResource;
import vn.practica.testkit.TestTokens;

@QuarkusTest
class OneRosterBundleResourceTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String ZIP = "application/zip";
    private static final String PROGRAMMING = "C-1,,,SY-2026,\"Lập trình \"\"Java\"\", cơ bản\",IT101,,ORG-1,IT,";
    private static final String DATABASES = "C-2,,,SY-2026,\"Cơ sở dữ liệu\r\n(thực hành)\",IT102,,ORG-1,IT,";
    private static final String PAYMENTS = "C-3,,,SY-2026,Thanh toán số,FT201,,ORG-1,FINTECH,";

    @Inject
    EntityManager em;

    private static School registerSchool() {
        return Schools.register("Trường Đại học Bách khoa Hà Nội", "HN");
    }

    private static String register(Map<String, Object> body) {
        return given().auth()
                .oauth2(TestTokens.state())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String path(String schoolId) {
        return "/api/v1/schools/" + schoolId + "/oneroster";
    }

    private static BundleZip bulk(School school, String... courseLines) {
        return BundleZip.bundle().manifest("bulk", "bulk").orgs(school.code()).courses(courseLines);
    }

    private static ValidatableResponse upload(String token, String schoolId, byte[] body) {
        return given().auth()
                .oauth2(token)
                .contentType(ZIP)
                .body(body)
                .when()
                .post(path(schoolId))
                .then();
    }

    private static JsonPath imported(School school, BundleZip bundle) {
        return upload(TestTokens.school(school.id()), school.id(), bundle.zip())
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private long eventsOfSchool(String schoolId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from outbox_event where aggregatetype"
                                        + " = 'course' and payload ->> 'schoolId' = ?1")
                                .setParameter(1, schoolId)
                                .getSingleResult())
                        .longValue());
    }

    private Map<String, String> storedCourses(String schoolId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, String> courses = new HashMap<>();
            List<?> rows = em.createNativeQuery(
                            "select sourced_id, status || ' ' || code || ' ' || title from course where school_id = ?1")
                    .setParameter(1, UUID.fromString(schoolId))
                    .getResultList();
            rows.forEach(r -> courses.put((String) ((Object[]) r)[0], (String) ((Object[]) r)[1]));
            return courses;
        });
    }

    @Test
    void bulkBundleCreatesTheCoursesWithTheirVietnameseTitlesAndIgnoresOtherFiles() {
        School school = registerSchool();
        JsonPath result = imported(
                school,
                bulk(school, PROGRAMMING, DATABASES, PAYMENTS)
                        .file("users.csv", "sourcedId,username\r\nU-1,an.nguyen\r\n")
                        .file("readme.txt", "xin chào"));
        assertEquals(3, result.getInt("created"));
        assertEquals(List.of(), result.getList("lineErrors"));
        assertEquals(List.of("readme.txt", "users.csv"), result.getList("ignoredFiles"));
        assertEquals(
                Map.of(
                        "C-1", "active IT101 Lập trình \"Java\", cơ bản",
                        "C-2", "active IT102 Cơ sở dữ liệu\r\n(thực hành)",
                        "C-3", "active FT201 Thanh toán số"),
                storedCourses(school.id()));
        assertEquals(3, eventsOfSchool(school.id()));
    }

    @Test
    void bundleRenamingACourseKeepsWhatOnlyTheJsonSyncCarries() {
        School school = registerSchool();
        List<String> items = CompetencyFixtures.items(em, 1);
        Map<String, Object> course = new HashMap<>(Map.of(
                "sourcedId",
                "C-3",
                "code",
                "FT201",
                "title",
                "Thanh toán",
                "credits",
                3,
                "practicalHours",
                30,
                "learningOutcomes",
                List.of("Xử lý giao dịch"),
                "programSourcedIds",
                List.of("P-FT"),
                "competencyItemIds",
                items,
                "status",
                "active",
                "dateLastModified",
                "2026-01-01T00:00:00Z"));
        Map<String, Object> program = Map.of(
                "sourcedId",
                "P-FT",
                "fieldCode",
                "FINTECH",
                "level",
                6,
                "nameVi",
                "Công nghệ tài chính",
                "status",
                "active",
                "dateLastModified",
                "2026-01-01T00:00:00Z");
        given().auth()
                .oauth2(TestTokens.school(school.id()))
                .contentType(ContentType.JSON)
                .body(Map.of("programs", List.of(program), "courses", List.of(course)))
                .when()
                .put("/api/v1/schools/" + school.id() + "/curriculum")
                .then()
                .statusCode(200);

        JsonPath result = imported(school, bulk(school, PAYMENTS));
        assertEquals(1, result.getInt("updated"));
        List<?> kept = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("select c.title, c.credits, c.practical_hours,"
                                + " c.learning_outcomes::text,"
                                + " (select count(*) from course_program p where p.course_id = c.id),"
                                + " (select count(*) from course_competency k where k.course_id = c.id)"
                                + " from course c where c.school_id = ?1 and c.sourced_id = 'C-3'")
                        .setParameter(1, UUID.fromString(school.id()))
                        .getResultList());
        Object[] row = (Object[]) kept.get(0);
        assertEquals("Thanh toán số", row[0]);
        assertEquals(0, new java.math.BigDecimal("3").compareTo((java.math.BigDecimal) row[1]));
        assertEquals(30, ((Number) row[2]).intValue());
        assertEquals("[\"Xử lý giao dịch\"]", row[3]);
        assertEquals(1L, ((Number) row[4]).longValue());
        assertEquals(1L, ((Number) row[5]).longValue());
    }

    @Test
    void theSameBundleAgainChangesNothingAndEmitsNothing() {
        School school = registerSchool();
        imported(school, bulk(school, PROGRAMMING, DATABASES, PAYMENTS));
        JsonPath again = imported(school, bulk(school, PROGRAMMING, DATABASES, PAYMENTS));
        assertEquals(3, again.getInt("unchanged"));
        assertEquals(0, again.getInt("created") + again.getInt("updated") + again.getInt("rejected"));
        assertEquals(3, eventsOfSchool(school.id()));
    }

    @Test
    void deltaLineWithTobedeletedDeletesThatCourseOnly() {
        School school = registerSchool();
        imported(school, bulk(school, PROGRAMMING, DATABASES, PAYMENTS));
        BundleZip delta = BundleZip.bundle()
                .manifest("delta", "bulk")
                .orgs(school.code())
                .courses("C-2,tobedeleted,2099-01-01T00:00:00Z,SY-2026,Cơ sở dữ liệu,IT102,,ORG-1,IT,");
        JsonPath result = imported(school, delta);
        assertEquals(1, result.getInt("updated"));
        assertEquals(
                "tobedeleted IT102 Cơ sở dữ liệu", storedCourses(school.id()).get("C-2"));
        assertEquals(
                "active IT101 Lập trình \"Java\", cơ bản",
                storedCourses(school.id()).get("C-1"));
        assertEquals(4, eventsOfSchool(school.id()));
    }

    @Test
    void bulkFileMarksTheCoursesItLeavesOutAsTobedeleted() {
        School school = registerSchool();
        imported(school, bulk(school, PROGRAMMING, DATABASES, PAYMENTS));
        JsonPath result = imported(school, bulk(school, PROGRAMMING, PAYMENTS));
        assertEquals(2, result.getInt("unchanged"));
        assertEquals(1, result.getInt("updated"));
        assertEquals("C-2", result.getString("results.find { it.outcome == 'updated' }.sourcedId"));
        assertEquals(
                "tobedeleted IT102 Cơ sở dữ liệu\r\n(thực hành)",
                storedCourses(school.id()).get("C-2"));

        JsonPath again = imported(school, bulk(school, PROGRAMMING, PAYMENTS));
        assertEquals(2, again.getInt("unchanged"));
        assertEquals(2, again.getList("results").size());
        assertEquals(4, eventsOfSchool(school.id()));
    }

    @Test
    void malformedAndForeignLinesAreReportedByLineWhileTheOthersApply() {
        School school = registerSchool();
        JsonPath result = imported(
                school,
                bulk(
                        school,
                        PROGRAMMING,
                        "C-BAD,,,SY-2026,Thiếu cột",
                        "C-FOREIGN,,,SY-2026,Môn trường khác,X1,,ORG-2,,",
                        PAYMENTS));
        assertEquals(2, result.getInt("created"));
        assertEquals(List.of(3, 4), result.getList("lineErrors.line"));
        assertEquals("courses.csv", result.getString("lineErrors[0].file"));
        assertEquals("expected 10 fields as in the header, found 5", result.getString("lineErrors[0].message"));
        assertEquals(2, eventsOfSchool(school.id()));
    }

    @Test
    void rowsTheSyncRefusesAreRejectedWithItsReason() {
        School school = registerSchool();
        JsonPath result = imported(school, bulk(school, "C-NOTITLE,,,,,X1,,ORG-1,,", PAYMENTS));
        assertEquals(1, result.getInt("rejected"));
        assertEquals("C-NOTITLE", result.getString("results[0].sourcedId"));
    }

    @Test
    void bundleProblemsAreRefusedWholeAndWriteNothing() {
        School school = registerSchool();
        String token = TestTokens.school(school.id());
        upload(
                        token,
                        school.id(),
                        BundleZip.bundle()
                                .orgs(school.code())
                                .courses(PROGRAMMING)
                                .zip())
                .statusCode(422)
                .contentType(PROBLEM)
                .body("detail", containsString("manifest.csv"));
        byte[] oldVersion = BundleZip.bundle()
                .file("manifest.csv", "propertyName,value\nmanifest.version,1.0\noneroster.version,1.1\n")
                .orgs(school.code())
                .courses(PROGRAMMING)
                .zip();
        upload(token, school.id(), oldVersion).statusCode(422).contentType(PROBLEM);
        byte[] noHeader =
                bulk(school).file("courses.csv", "sourcedId,title\nC-1,Tên\n").zip();
        upload(token, school.id(), noHeader).statusCode(422).body("detail", containsString("orgSourcedId"));
        byte[] missingFile =
                BundleZip.bundle().manifest("bulk", "bulk").orgs(school.code()).zip();
        upload(token, school.id(), missingFile).statusCode(422).contentType(PROBLEM);
        upload(token, school.id(), "sourcedId,title\n".getBytes())
                .statusCode(400)
                .contentType(PROBLEM);
        byte[] latin1 =
                bulk(school).file("courses.csv", new byte[] {'C', (byte) 0xE0}).zip();
        upload(token, school.id(), latin1).statusCode(400).body("detail", equalTo("courses.csv is not valid UTF-8"));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post(path(school.id()))
                .then()
                .statusCode(415);
        assertEquals(Map.of(), storedCourses(school.id()));
        assertEquals(0, eventsOfSchool(school.id()));
    }

    @Test
    void oversizedBundlesAndZipBombsAreRefusedWhole() {
        School school = registerSchool();
        String token = TestTokens.school(school.id());
        byte[] noise = new byte[80 * 1024];
        ThreadLocalRandom.current().nextBytes(noise);
        upload(
                        token,
                        school.id(),
                        bulk(school, PROGRAMMING).file("photo.jpg", noise).zip())
                .statusCode(413)
                .contentType(PROBLEM);
        byte[] bomb =
                bulk(school, PROGRAMMING).file("users.csv", new byte[5 << 20]).zip();
        upload(token, school.id(), bomb).statusCode(413).contentType(PROBLEM);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i <= CurriculumSyncResource.MAX_ROWS; i++) {
            lines.add("C" + i + ",,,,Môn " + i + ",,,ORG-1,,");
        }
        upload(token, school.id(), bulk(school, lines.toArray(String[]::new)).zip())
                .statusCode(413)
                .contentType(PROBLEM);
        assertEquals(0, eventsOfSchool(school.id()));
    }

    @Test
    void aSchoolImportsOnlyItsOwnCoursesAndTheStateMayOnItsBehalf() {
        School schoolA = registerSchool();
        School schoolB = registerSchool();
        byte[] bundle = bulk(schoolB, PROGRAMMING).zip();
        upload(TestTokens.school(schoolA.id()), schoolB.id(), bundle)
                .statusCode(403)
                .contentType(PROBLEM);
        upload(TestTokens.business(schoolB.id()), schoolB.id(), bundle).statusCode(403);
        upload(TestTokens.student(schoolB.id()), schoolB.id(), bundle).statusCode(403);
        given().contentType(ZIP)
                .body(bundle)
                .when()
                .post(path(schoolB.id()))
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
        assertEquals(0, eventsOfSchool(schoolB.id()));
        upload(TestTokens.state(), schoolB.id(), bundle).statusCode(200).body("created", equalTo(1));
    }

    @Test
    void unknownSchoolIsNotFoundAndAnotherKindOfOrganizationIsUnprocessable() {
        School school = registerSchool();
        byte[] bundle = bulk(school, PROGRAMMING).zip();
        String unknown = UUID.randomUUID().toString();
        upload(TestTokens.state(), unknown, bundle).statusCode(404).contentType(PROBLEM);
        String taxCode = "0" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
        String business = register(Map.of(
                "kind", "BUSINESS",
                "identifier", taxCode,
                "legalName", "Tổng công ty Cảng Sài Gòn",
                "shortName", "Cảng Sài Gòn " + taxCode,
                "provinceCode", "HCM",
                "contactEmail", "hr@saigonport.vn"));
        upload(TestTokens.state(), business, bundle).statusCode(422).contentType(PROBLEM);
    }

    @Test
    void openApiDocumentsTheZipBody() {
        given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(
                        "paths.'/api/v1/schools/{schoolId}/oneroster'.post.requestBody.content.'application/zip'"
                                + ".schema.format",
                        equalTo("binary"));
    }
}
