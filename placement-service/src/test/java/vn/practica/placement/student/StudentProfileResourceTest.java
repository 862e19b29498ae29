package vn.practica.placement.student;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.practica.placement.student.StudentRows.register;
import static vn.practica.placement.student.StudentRows.row;
import static vn.practica.placement.student.StudentRows.with;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.practica.placement.CatalogAnnouncements;
import vn.practica.platform.security.Roles;
import vn.practica.testkit.TestTokens;

@QuarkusTest
class StudentProfileResourceTest {
    private static final String ME = "/api/v1/students/me";
    private static final String PROBLEM = "application/problem+json";
    private static String data;
    private static String fintech;

    @Inject
    EntityManager em;

    @BeforeAll
    static void announceFields() {
        data = CatalogAnnouncements.activeField("DATA");
        fintech = CatalogAnnouncements.activeField("FINTECH");
    }

    /** A registered student: their school and the token they sign in with. */
    private record Registered(UUID schoolId, Map<String, Object> row, String token) {}

    private static Registered registered(String sourcedId, String... fields) {
        UUID school = CatalogAnnouncements.verifiedSchool();
        Map<String, Object> row = row(sourcedId, fields);
        register(school, List.of(row));
        String token = TestTokens.user((String) row.get("loginSubject"), Roles.STUDENT, school.toString());
        return new Registered(school, row, token);
    }

    private static ValidatableResponse edit(String token, String ifMatch, Map<String, Object> body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().patch(ME).then();
    }

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

    @Test
    void aStudentReadsTheRecordTheirLoginIsTiedTo() {
        Registered me = registered("SV100", data);
        given().auth()
                .oauth2(me.token())
                .when()
                .get(ME)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("sourcedId", equalTo("SV100"))
                .body("schoolId", equalTo(me.schoolId().toString()))
                .body("email", equalTo(me.row().get("email")))
                .body("fieldInterests", equalTo(List.of(data)))
                .body("links", equalTo(List.of()));
    }

    @Test
    void aLoginNoSchoolRegisteredHasNoRecord() {
        given().auth()
                .oauth2(TestTokens.user("login-" + UUID.randomUUID(), Roles.STUDENT, null))
                .when()
                .get(ME)
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("type", endsWith("/problems/not-found"));
    }

    @Test
    void onlyStudentsHaveAStudentRecord() {
        Registered me = registered("SV101");
        for (String token : List.of(
                TestTokens.user(
                        (String) me.row().get("loginSubject"),
                        Roles.SCHOOL,
                        me.schoolId().toString()),
                TestTokens.state(),
                TestTokens.business(me.schoolId().toString()))) {
            given().auth().oauth2(token).when().get(ME).then().statusCode(403).contentType(PROBLEM);
            edit(token, null, Map.of("cvSummary", "x")).statusCode(403).contentType(PROBLEM);
        }
        given().when().get(ME).then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void eachStudentSeesAndEditsOnlyTheirOwnRecord() {
        Registered an = registered("SV102", data);
        Registered binh = registered("SV102", fintech);
        edit(an.token(), null, Map.of("cvSummary", "Tôi thích dữ liệu")).statusCode(200);
        given().auth()
                .oauth2(binh.token())
                .when()
                .get(ME)
                .then()
                .statusCode(200)
                .body("schoolId", equalTo(binh.schoolId().toString()))
                .body("fieldInterests", equalTo(List.of(fintech)))
                .body("cvSummary", equalTo(null));
    }

    @Test
    void editsApplyAgainstTheVersionReadAndAStaleVersionChangesNothing() {
        Registered me = registered("SV103", data);
        Map<String, Object> profile = new HashMap<>();
        profile.put("cvSummary", "  Sinh viên năm 3, thích phân tích dữ liệu cảng.\nĐã làm dự án Spark.  ");
        profile.put("links", List.of("https://github.com/an-nguyen", "https://an.example.vn/portfolio?lang=vi#top"));
        edit(me.token(), "\"1\"", profile)
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("cvSummary", equalTo("Sinh viên năm 3, thích phân tích dữ liệu cảng.\nĐã làm dự án Spark."))
                .body("links.size()", equalTo(2));
        edit(me.token(), "\"1\"", Map.of("cvSummary", "lost update"))
                .statusCode(412)
                .body("type", endsWith("/problems/stale-version"))
                .body("currentVersion", equalTo(2));
        edit(me.token(), "\"2\"", profile).statusCode(200).header("ETag", "\"2\"");
        edit(me.token(), null, Map.of("cvSummary", "")).statusCode(200).body("cvSummary", equalTo(null));
    }

    @Test
    void onlyInterestChangesAreAnnouncedNeverTheCvOrLinks() {
        Registered me = registered("SV104", data);
        edit(me.token(), null, Map.of("cvSummary", "Kinh nghiệm", "links", List.of("https://a.example.vn")))
                .statusCode(200);
        assertEquals(1, eventTypes(me.schoolId()).size());
        edit(me.token(), null, Map.of("fieldInterests", List.of(fintech, data)))
                .statusCode(200)
                .body(
                        "fieldInterests",
                        equalTo(List.of(data, fintech).stream().sorted().toList()));
        assertEquals(2, eventTypes(me.schoolId()).size());
        assertEquals(
                "vn.practica.placement.student.updated.v1",
                eventTypes(me.schoolId()).get(1));
    }

    @Test
    void theInterestsAStudentChoseSurviveTheSchoolsNextSync() {
        Registered me = registered("SV105", data);
        edit(me.token(), null, Map.of("fieldInterests", List.of(fintech))).statusCode(200);
        String outcome = register(me.schoolId(), List.of(with(me.row(), "fieldInterests", List.of(data, fintech))))
                .getString("results[0].outcome");
        assertEquals("updated", outcome);
        given().auth().oauth2(me.token()).when().get(ME).then().body("fieldInterests", equalTo(List.of(fintech)));
        assertEquals(2, eventTypes(me.schoolId()).size(), "the school's change of interests no longer counts");
    }

    @Test
    void badEditsAreRefusedNamingTheMemberAndChangeNothing() {
        Registered me = registered("SV106", data);
        refused(me, Map.of("fieldInterests", List.of(data, "ASTROLOGY")), "body.fieldInterests[1]");
        refused(me, Map.of("fieldInterests", List.of("not a code")), "body.fieldInterests[0]");
        refused(me, Map.of("fieldInterests", Arrays.asList(data, null)), "body.fieldInterests[1]");
        refused(me, Map.of("links", List.of("http://plain.example.vn")), "body.links[0]");
        refused(me, Map.of("links", List.of("https://user:pw@example.vn")), "body.links[0]");
        refused(me, Map.of("links", List.of("javascript:alert(1)")), "body.links[0]");
        refused(me, Map.of("cvSummary", "x".repeat(StudentLimits.CV_SUMMARY + 1)), "body.cvSummary");
        for (String notADid : List.of("did:", "did:key:", "did:Key:z6Mk", "did:key:z6Mk:", "https://example.vn", " ")) {
            refused(me, Map.of("credentialDid", notADid), "body.credentialDid");
        }
        refused(
                me,
                Map.of("credentialDid", "did:web:" + "a".repeat(StudentLimits.CREDENTIAL_DID)),
                "body.credentialDid");
        refused(me, Map.of(), "body.changeGiven");
        given().auth()
                .oauth2(me.token())
                .contentType(ContentType.JSON)
                .body("{\"cvSummary\":\"NUL \\u0000 here\"}")
                .when()
                .patch(ME)
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(me.token())
                .contentType(ContentType.JSON)
                .body(Map.of("givenName", "Mallory"))
                .when()
                .patch(ME)
                .then()
                .statusCode(400)
                .body("type", endsWith("/problems/malformed-body"));
        given().auth().oauth2(me.token()).when().get(ME).then().header("ETag", "\"1\"");
        assertEquals(1, eventTypes(me.schoolId()).size());
    }

    @Test
    void aStudentChoosesTheirOwnDidForCredentialsAndClearsItWithoutAnEvent() {
        Registered me = registered("SV107", data);
        String did = "did:web:an-nguyen.example.vn:users:an%20nguyen";
        edit(me.token(), null, Map.of("credentialDid", did)).statusCode(200).body("credentialDid", equalTo(did));
        given().auth().oauth2(me.token()).when().get(ME).then().body("credentialDid", equalTo(did));
        edit(me.token(), null, Map.of("credentialDid", "")).statusCode(200).body("credentialDid", equalTo(null));
        assertEquals(1, eventTypes(me.schoolId()).size(), "the DID is not announced");
    }

    private static void refused(Registered me, Map<String, Object> body, String field) {
        edit(me.token(), null, body)
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", endsWith("/problems/invalid-request"))
                .body("errors[0].field", equalTo(field));
    }
}
