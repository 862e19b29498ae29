package vn.practica.placement.student;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.practica.placement.student.StudentRows.path;
import static vn.practica.placement.student.StudentRows.register;
import static vn.practica.placement.student.StudentRows.row;
import static vn.practica.placement.student.StudentRows.with;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.practica.placement.CatalogAnnouncements;
import vn.practica.reference.partner.Partner;
import vn.practica.testkit.TestTokens;

@QuarkusTest
class StudentRegistrationResourceTest {
    private static final String PROBLEM = "application/problem+json";
    private static String data;
    private static String fintech;
    private static String retired;

    @Inject
    EntityManager em;

    @BeforeAll
    static void announceFields() {
        data = CatalogAnnouncements.activeField("DATA");
        fintech = CatalogAnnouncements.activeField("FINTECH");
        retired = CatalogAnnouncements.retiredField("OLD");
    }

    /** Student events of the school in the outbox, by type. */
    private List<String> eventTypes(UUID schoolId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "select type from outbox_event where aggregatetype = 'student'"
                                        + " and payload ->> 'schoolId' = ?1 order by seq",
                                String.class)
                        .setParameter(1, schoolId.toString())
                        .getResultList())
                .stream()
                .map(Object::toString)
                .toList();
    }

    private long studentsOf(UUID schoolId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from student where school_id = ?1")
                                .setParameter(1, schoolId)
                                .getSingleResult())
                        .longValue());
    }

    private List<Map<String, Object>> batch() {
        return List.of(row("SV001", data), row("SV002", data, fintech), row("SV003"));
    }

    @Test
    void aBatchRegistersOnceAndTheSameBatchAgainChangesNothingAndEmitsNothing() {
        UUID school = CatalogAnnouncements.verifiedSchool();
        List<Map<String, Object>> rows = batch();
        JsonPath first = register(school, rows);
        assertEquals(3, first.getInt("created"));
        assertEquals(List.of("created", "created", "created"), first.getList("results.outcome"));
        assertEquals(List.of("SV001", "SV002", "SV003"), first.getList("results.sourcedId"));
        assertEquals(3, eventTypes(school).size());
        assertTrue(eventTypes(school).stream().allMatch(t -> t.endsWith("student.registered.v1")));

        JsonPath second = register(school, rows);
        assertEquals(3, second.getInt("unchanged"));
        assertEquals(0, second.getInt("created") + second.getInt("updated") + second.getInt("rejected"));
        assertEquals(3, eventTypes(school).size());
    }

    @Test
    void interestsInAnotherOrderOrRepeatedAreTheSameInterests() {
        UUID school = CatalogAnnouncements.verifiedSchool();
        Map<String, Object> student = row("SV010", data, fintech);
        register(school, List.of(student));
        JsonPath again = register(school, List.of(with(student, "fieldInterests", List.of(fintech, data, fintech))));
        assertEquals("unchanged", again.getString("results[0].outcome"));
        assertEquals(1, eventTypes(school).size());
    }

    @Test
    void changesAreUpdatesButOnlyProgrammeYearOrInterestsAreAnnounced() {
        UUID school = CatalogAnnouncements.verifiedSchool();
        Map<String, Object> student = row("SV020", data);
        register(school, List.of(student));

        Map<String, Object> renamed = with(with(student, "givenName", "Bình"), "phone", null);
        assertEquals("updated", register(school, List.of(renamed)).getString("results[0].outcome"));
        assertEquals(1, eventTypes(school).size());

        Map<String, Object> nextYear = with(renamed, "yearOfStudy", 4);
        assertEquals("updated", register(school, List.of(nextYear)).getString("results[0].outcome"));
        Map<String, Object> moreInterests = with(nextYear, "fieldInterests", List.of(data, fintech));
        assertEquals("updated", register(school, List.of(moreInterests)).getString("results[0].outcome"));
        assertEquals(3, eventTypes(school).size());
        assertTrue(eventTypes(school).get(2).endsWith("student.updated.v1"));
    }

    @Test
    void eachBadRowIsRejectedWithItsReasonAndTheGoodRowsStillApply() {
        UUID school = CatalogAnnouncements.verifiedSchool();
        UUID otherSchool = CatalogAnnouncements.verifiedSchool();
        Map<String, Object> elsewhere = row("SV-ELSEWHERE", data);
        register(otherSchool, List.of(elsewhere));
        List<Map<String, Object>> rows = List.of(
                row("SV-OK", data),
                row("SV-ASTRO", "ASTROLOGY"),
                row("SV-RETIRED", retired),
                with(row("SV-MAIL"), "email", "not an address"),
                with(row("SV-YEAR0"), "yearOfStudy", 0),
                with(row("SV-YEAR9"), "yearOfStudy", 9),
                with(row("SV-NULL"), "fieldInterests", Arrays.asList(data, null)),
                with(row("SV-NUL"), "givenName", "An\u0000"),
                with(row("SV-LONG"), "familyName", "N".repeat(StudentLimits.NAME + 1)),
                with(row("SV-NOPROG"), "programSourcedId", null),
                with(row("SV-PHONE"), "phone", "call me"),
                with(row("SV-TAKEN"), "loginSubject", elsewhere.get("loginSubject")),
                row("SV-DUP"),
                row("SV-DUP"));
        JsonPath result = register(school, rows);
        assertEquals(1, result.getInt("created"));
        assertEquals(rows.size() - 1, result.getInt("rejected"));
        List<String> reasons = result.getList("results.reason");
        assertEquals(null, reasons.get(0));
        assertEquals("fieldInterests: unknown or retired field ASTROLOGY", reasons.get(1));
        assertEquals("fieldInterests: unknown or retired field " + retired, reasons.get(2));
        assertTrue(reasons.get(3).startsWith("email is required"), reasons.get(3));
        assertTrue(reasons.get(4).startsWith("yearOfStudy"), reasons.get(4));
        assertTrue(reasons.get(5).startsWith("yearOfStudy"), reasons.get(5));
        assertEquals("fieldInterests must not contain null", reasons.get(6));
        assertEquals("text must not contain control characters such as NUL", reasons.get(7));
        assertTrue(reasons.get(8).startsWith("familyName"), reasons.get(8));
        assertTrue(reasons.get(9).startsWith("programSourcedId"), reasons.get(9));
        assertTrue(reasons.get(10).startsWith("phone"), reasons.get(10));
        assertTrue(reasons.get(11).startsWith("loginSubject is tied to another student record"), reasons.get(11));
        assertEquals("duplicate sourcedId in this batch", reasons.get(12));
        assertEquals("duplicate sourcedId in this batch", reasons.get(13));
        assertEquals(1, studentsOf(school));
        assertEquals(1, eventTypes(school).size());
    }

    @Test
    void aLoginMovesToAnotherRowOnlyOnceTheRowHoldingItLetsItGo() {
        UUID school = CatalogAnnouncements.verifiedSchool();
        Map<String, Object> first = row("SV030");
        register(school, List.of(first));
        Map<String, Object> second = with(row("SV031"), "loginSubject", first.get("loginSubject"));
        assertEquals("rejected", register(school, List.of(second)).getString("results[0].outcome"));
        register(school, List.of(with(first, "loginSubject", null)));
        assertEquals("created", register(school, List.of(second)).getString("results[0].outcome"));
    }

    @Test
    void aSchoolRegistersAndReadsOnlyItsOwnStudents() {
        UUID schoolA = CatalogAnnouncements.verifiedSchool();
        UUID schoolB = CatalogAnnouncements.verifiedSchool();
        register(schoolB, batch());
        List<String> foreignTokens = List.of(
                TestTokens.school(schoolA.toString()),
                TestTokens.business(schoolB.toString()),
                TestTokens.student(schoolB.toString()));
        for (String token : foreignTokens) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(StudentRows.body(List.of(row("SV-INTRUDER"))))
                    .when()
                    .put(path(schoolB))
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM);
            given().auth().oauth2(token).when().get(path(schoolB)).then().statusCode(403);
        }
        given().auth()
                .oauth2(TestTokens.state())
                .contentType(ContentType.JSON)
                .body(StudentRows.body(List.of(row("SV-STATE"))))
                .when()
                .put(path(schoolB))
                .then()
                .statusCode(403);
        given().when().get(path(schoolB)).then().statusCode(401).contentType(PROBLEM);
        assertEquals(3, studentsOf(schoolB));
        given().auth()
                .oauth2(TestTokens.state())
                .when()
                .get(path(schoolB))
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(3));
        given().auth()
                .oauth2(TestTokens.school(schoolA.toString()))
                .when()
                .get(path(schoolA))
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void onlyAVerifiedSchoolThatIsNotSuspendedRegistersStudents() {
        UUID pending = CatalogAnnouncements.partner(Partner.SCHOOL, "registered");
        UUID suspended = CatalogAnnouncements.partner(Partner.SCHOOL, "suspended");
        UUID business = CatalogAnnouncements.partner(Partner.BUSINESS, "verified");
        UUID unknown = UUID.randomUUID();
        refused(pending, 409, "organization-not-verified");
        refused(suspended, 403, "organization-suspended");
        refused(business, 422, "not-a-school");
        refused(unknown, 404, "not-found");
        for (UUID school : List.of(pending, suspended, business, unknown)) {
            assertEquals(0, studentsOf(school));
            assertEquals(List.of(), eventTypes(school));
        }
    }

    private void refused(UUID schoolId, int status, String type) {
        given().auth()
                .oauth2(TestTokens.school(schoolId.toString()))
                .contentType(ContentType.JSON)
                .body(StudentRows.body(List.of(row("SV-REFUSED", data))))
                .when()
                .put(path(schoolId))
                .then()
                .statusCode(status)
                .contentType(PROBLEM)
                .body("type", endsWith("/problems/" + type));
    }

    @Test
    void moreRowsThanTheLimitOrANullRowAreRefusedWholeAndNothingIsWritten() {
        UUID school = CatalogAnnouncements.verifiedSchool();
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i <= StudentLimits.MAX_ROWS; i++) {
            tooMany.add(row("SV-" + i));
        }
        given().auth()
                .oauth2(TestTokens.school(school.toString()))
                .contentType(ContentType.JSON)
                .body(StudentRows.body(tooMany))
                .when()
                .put(path(school))
                .then()
                .statusCode(413)
                .body("type", endsWith("/problems/row-limit-exceeded"));
        given().auth()
                .oauth2(TestTokens.school(school.toString()))
                .contentType(ContentType.JSON)
                .body(StudentRows.body(Arrays.asList(row("SV-A"), null)))
                .when()
                .put(path(school))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("body.students[1]"));
        assertEquals(0, studentsOf(school));
    }

    @Test
    void aFullBatchOfAThousandRowsRegistersInOneRequest() {
        UUID school = CatalogAnnouncements.verifiedSchool();
        List<Map<String, Object>> full = new ArrayList<>();
        for (int i = 0; i < StudentLimits.MAX_ROWS; i++) {
            full.add(row(String.format("SV%04d", i), data));
        }
        assertEquals(StudentLimits.MAX_ROWS, register(school, full).getInt("created"));
        assertEquals(StudentLimits.MAX_ROWS, register(school, full).getInt("unchanged"));
        assertEquals(StudentLimits.MAX_ROWS, eventTypes(school).size());
    }

    @Test
    void theSchoolReadsItsStudentsPageByPageInSourcedIdOrder() {
        UUID school = CatalogAnnouncements.verifiedSchool();
        register(school, List.of(row("SV-C"), row("SV-A", data), row("SV-B|pipe"), row("SV-D")));
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request =
                    given().auth().oauth2(TestTokens.school(school.toString())).queryParam("limit", 3);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when()
                    .get(path(school))
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            seen.addAll(page.getList("items.sourcedId"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(List.of("SV-A", "SV-B|pipe", "SV-C", "SV-D"), seen);
        given().auth()
                .oauth2(TestTokens.school(school.toString()))
                .queryParam("cursor", "not-ours")
                .when()
                .get(path(school))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("query.cursor"));
    }
}
