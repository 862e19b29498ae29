package vn.practica.placement.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.practica.placement.application.ApplicationWorld.PROBLEM;
import static vn.practica.placement.application.ApplicationWorld.QUESTION;
import static vn.practica.placement.application.ApplicationWorld.application;
import static vn.practica.placement.application.ApplicationWorld.applied;
import static vn.practica.placement.application.ApplicationWorld.apply;
import static vn.practica.placement.application.ApplicationWorld.move;
import static vn.practica.placement.application.ApplicationWorld.with;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.practica.placement.application.ApplicationWorld.Applicant;
import vn.practica.platform.security.Roles;
import vn.practica.testkit.TestTokens;

/**
 * Applying to an offer: who may apply to what, when, once; what the applicant gets back and what is announced;
 * and bad input refused with nothing written.
 */
@QuarkusTest
class ApplyResourceTest {
    private static ApplicationWorld world;

    @BeforeAll
    static void announce() {
        world = ApplicationWorld.announce("APPLY");
    }

    private static long applicationsTo(String offerId) {
        return ApplicationOutbox.count(
                "select count(*) from application where offer_id = ?1", UUID.fromString(offerId));
    }

    @Test
    void aStudentAppliesToAnOpenOfferAndIsAnnouncedOnlyByPseudonym() {
        String offerId = world.openOffer("APPLY-OK", world.offer("Phân tích dữ liệu cảng"));
        Applicant student = world.registerStudent("SV-OK");
        String id = apply(student.token(), offerId, application("Em muốn học phân tích dữ liệu.", "Vì em thích."))
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(student.token())
                .when()
                .get("/api/v1/applications/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("offerId", equalTo(offerId))
                .body("offerTitle", equalTo("Phân tích dữ liệu cảng"))
                .body("status", equalTo("SUBMITTED"))
                .body("applicantKind", equalTo("STUDENT"))
                .body("motivation", equalTo("Em muốn học phân tích dữ liệu."))
                .body("answers", contains("Vì em thích."))
                .body("version", equalTo(1))
                .body("contact", nullValue())
                .body("applicant", nullValue());

        List<ApplicationOutbox.Event> events = ApplicationOutbox.ofOffer(offerId);
        assertEquals(
                List.of("application.submitted"),
                events.stream().map(ApplicationOutbox.Event::type).toList());
        JsonNode data = events.get(0).data();
        assertEquals(id, events.get(0).key());
        assertEquals(id, data.get("applicationId").asText());
        assertEquals(world.business().toString(), data.get("businessId").asText());
        assertEquals(world.school().toString(), data.get("schoolId").asText());
        assertEquals("SUBMITTED", data.get("toStatus").asText());
        assertEquals("INTERNSHIP", data.get("contributionKind").asText());
        assertEquals(4, UUID.fromString(data.get("studentId").asText()).version());
        String text = data.toString();
        for (String secret : List.of(student.login(), student.sourcedId(), "Em muốn", "Vì em thích")) {
            assertFalse(text.contains(secret), "the event holds " + secret);
        }
    }

    @Test
    void theCreatedApplicationIsNamedByLocationWithItsVersionAsETag() {
        String offerId = world.openOffer("APPLY-LOC", world.offer("Vị trí"));
        Applicant student = world.registerStudent("SV-LOC");
        var answer = apply(student.token(), offerId, application("Động lực", "Trả lời"))
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("ETag", "\"1\"")
                .extract();
        assertEquals("/api/v1/applications/" + answer.path("id"), answer.header("Location"));
    }

    @Test
    void oneApplicationPerStudentPerOfferEvenAfterAWithdrawal() {
        String offerId = world.openOffer("APPLY-ONCE", world.offer("Một lần"));
        Applicant student = world.registerStudent("SV-ONCE");
        String id = applied(student, offerId);
        apply(student.token(), offerId, application("Lần nữa", "Có"))
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", endsWith("/already-applied"));
        move(student.token(), id, "withdraw", null).statusCode(200).body("status", equalTo("WITHDRAWN"));
        apply(student.token(), offerId, application("Sau khi rút", "Có"))
                .statusCode(409)
                .body("type", endsWith("/already-applied"));
        assertEquals(1, applicationsTo(offerId));
        assertEquals(List.of("application.submitted", "application.withdrawn"), ApplicationOutbox.typesOf(offerId));
    }

    @Test
    void submissionsOfOneApplicationAtTheSameMomentAreOneApplication() throws Exception {
        String offerId = world.openOffer("APPLY-TWINS", world.offer("Bấm hai lần"));
        Applicant student = world.registerStudent("SV-TWINS");
        List<ConcurrentCalls.Call> twins = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            twins.add(new ConcurrentCalls.Call(
                    "/api/v1/offers/" + offerId + "/applications",
                    student.token(),
                    application("Bấm liền tay", "Có"),
                    0));
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(twins.size());
        try {
            List<ConcurrentCalls.Answer> answers = ConcurrentCalls.runTogether(
                    pool, twins.stream().map(ConcurrentCalls::post).toList());
            assertEquals(1, answers.stream().filter(a -> a.status() == 201).count(), answers.toString());
            answers.stream()
                    .filter(a -> a.status() != 201)
                    .forEach(a -> assertEquals("409 already-applied", a.status() + " " + a.problem()));
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, applicationsTo(offerId));
        assertEquals(List.of("application.submitted"), ApplicationOutbox.typesOf(offerId));
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstAnswerInsteadOfApplyingTwice() {
        String offerId = world.openOffer("APPLY-KEY", world.offer("Khoá"));
        Applicant student = world.registerStudent("SV-KEY");
        String key = "apply-" + UUID.randomUUID();
        Map<String, Object> body = application("Một lần thôi", "Vâng");
        String first = given().auth()
                .oauth2(student.token())
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/offers/" + offerId + "/applications")
                .then()
                .statusCode(201)
                .extract()
                .asString();
        String again = given().auth()
                .oauth2(student.token())
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/offers/" + offerId + "/applications")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("ETag", "\"1\"")
                .extract()
                .asString();
        assertEquals(first, again);
        given().auth()
                .oauth2(student.token())
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(application("Nội dung khác", "Vâng"))
                .when()
                .post("/api/v1/offers/" + offerId + "/applications")
                .then()
                .statusCode(422)
                .body("type", endsWith("/idempotency-key-reused"));
        assertEquals(1, applicationsTo(offerId));
    }

    @Test
    void onlyAPublishedOpenOfferBeforeItsDeadlineTakesApplications() {
        Applicant student = world.registerStudent("SV-OPEN");
        Map<String, Object> body = application("Động lực", "Trả lời");
        given().auth()
                .oauth2(world.businessToken())
                .contentType(ContentType.JSON)
                .body(world.offer("Bản nháp"))
                .when()
                .put(world.offerPath("APPLY-DRAFT"))
                .then()
                .statusCode(201);
        String draft = given().auth()
                .oauth2(world.businessToken())
                .when()
                .get(world.offerPath("APPLY-DRAFT"))
                .then()
                .extract()
                .path("id");
        apply(student.token(), draft, body).statusCode(404).contentType(PROBLEM);
        apply(student.token(), UUID.randomUUID().toString(), body).statusCode(404);

        String closed = world.openOffer("APPLY-CLOSED", world.offer("Đã đóng"));
        world.offerTransition("APPLY-CLOSED", "close", null).statusCode(200);
        apply(student.token(), closed, body)
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", endsWith("/offer-not-open"))
                .body("offerStatus", equalTo("CLOSED"));

        String late = world.openOffer("APPLY-LATE", world.offer("Hết hạn"));
        ApplicationOutbox.update(
                "update offer set valid_through = ?1 where id = ?2",
                ApplicationWorld.TODAY.minusDays(1),
                UUID.fromString(late));
        apply(student.token(), late, body)
                .statusCode(409)
                .body("type", endsWith("/application-deadline-passed"))
                .body(
                        "validThrough",
                        equalTo(ApplicationWorld.TODAY.minusDays(1).toString()));
        assertEquals(0, applicationsTo(draft) + applicationsTo(closed) + applicationsTo(late));
    }

    @Test
    void studentsApplyToInternshipsAndProjectsAndSchoolsForACourseToExpertTeachingAndResources() {
        Applicant student = world.registerStudent("SV-KIND");
        String internship = world.openOffer("APPLY-INTERN", world.offer("Thực tập"));
        String teaching = world.openOffer(
                "APPLY-TEACH", with(world.offer("Chuyên gia đồng giảng dạy"), "contributionKind", "EXPERT_TEACHING"));
        String resource =
                world.openOffer("APPLY-RES", with(world.offer("Dữ liệu cho môn học"), "contributionKind", "RESOURCE"));
        apply(student.token(), teaching, application("Em muốn", "Có"))
                .statusCode(422)
                .contentType(PROBLEM)
                .body("type", endsWith("/applicant-kind-not-accepted"))
                .body("contributionKind", equalTo("EXPERT_TEACHING"));
        Map<String, Object> forCourse = application("Môn học cần chuyên gia thực tế.", "Học kỳ 2");
        apply(world.schoolToken(), internship, with(forCourse, "courseSourcedId", "HP-ANY"))
                .statusCode(422)
                .body("type", endsWith("/applicant-kind-not-accepted"));

        String course = world.announceCurriculum(world.item());
        apply(world.schoolToken(), resource, forCourse)
                .statusCode(400)
                .body("errors[0].field", equalTo("body.courseSourcedId"));
        apply(world.schoolToken(), resource, with(forCourse, "courseSourcedId", "HP-UNKNOWN"))
                .statusCode(400)
                .body("errors[0].field", equalTo("body.courseSourcedId"));
        apply(student.token(), internship, with(application("Em", "Có"), "courseSourcedId", course))
                .statusCode(400)
                .body("errors[0].field", equalTo("body.courseSourcedId"));
        String id = apply(world.schoolToken(), resource, with(forCourse, "courseSourcedId", course))
                .statusCode(201)
                .body("applicantKind", equalTo("SCHOOL"))
                .body("schoolId", equalTo(world.school().toString()))
                .body("courseSourcedId", equalTo(course))
                .body("motivation", equalTo("Môn học cần chuyên gia thực tế."))
                .extract()
                .path("id");
        apply(world.schoolToken(), resource, with(forCourse, "courseSourcedId", course))
                .statusCode(409)
                .body("type", endsWith("/already-applied"));
        JsonNode submitted = ApplicationOutbox.ofOffer(resource).get(0).data();
        assertEquals(id, submitted.get("applicationId").asText());
        assertEquals("SCHOOL", submitted.get("applicantKind").asText());
        assertEquals(course, submitted.get("courseSourcedId").asText());
        assertEquals(true, submitted.get("studentId").isNull());
        assertEquals(0, applicationsTo(teaching) + applicationsTo(internship));
    }

    @Test
    void anUnverifiedSchoolDoesNotApply() {
        String teaching = world.openOffer(
                "APPLY-UNVERIFIED", with(world.offer("Chuyên gia"), "contributionKind", "EXPERT_TEACHING"));
        UUID pending = vn.practica.placement.CatalogAnnouncements.partner("SCHOOL", "registered");
        apply(TestTokens.school(pending.toString()), teaching, with(application("Cần", "Có"), "courseSourcedId", "HP"))
                .statusCode(409)
                .body("type", endsWith("/organization-not-verified"));
        UUID business = vn.practica.placement.CatalogAnnouncements.verifiedBusiness();
        apply(
                        TestTokens.user("a-business-user", Roles.SCHOOL, business.toString()),
                        teaching,
                        with(application("Cần", "Có"), "courseSourcedId", "HP"))
                .statusCode(422)
                .body("type", endsWith("/not-a-school"));
        assertEquals(0, applicationsTo(teaching));
    }

    @Test
    void theOffersEligibilityAdmitsOnlyTheSchoolsProgrammesAndYearsItLists() {
        Applicant student = world.registerStudent("SV-ELIG");
        Map<String, Object> body = application("Em muốn", "Có");
        UUID otherSchool = UUID.randomUUID();
        String schools = world.openOffer(
                "APPLY-ELIG-S",
                with(world.offer("Trường khác"), "eligibility", Map.of("schoolIds", List.of(otherSchool.toString()))));
        String programmes = world.openOffer(
                "APPLY-ELIG-P",
                with(world.offer("Ngành khác"), "eligibility", Map.of("programSourcedIds", List.of("CTDT-KHAC"))));
        String years = world.openOffer(
                "APPLY-ELIG-Y", with(world.offer("Năm khác"), "eligibility", Map.of("yearsOfStudy", List.of(1, 2))));
        String all = world.openOffer(
                "APPLY-ELIG-ALL",
                with(
                        world.offer("Đúng đối tượng"),
                        "eligibility",
                        Map.of(
                                "schoolIds", List.of(world.school().toString()),
                                "programSourcedIds", List.of(ApplicationWorld.PROGRAM),
                                "yearsOfStudy", List.of(3))));
        apply(student.token(), schools, body)
                .statusCode(422)
                .contentType(PROBLEM)
                .body("type", endsWith("/not-eligible"))
                .body("errors.field", contains("eligibility.schoolIds"));
        apply(student.token(), programmes, body)
                .statusCode(422)
                .body("errors.field", contains("eligibility.programSourcedIds"));
        apply(student.token(), years, body).statusCode(422).body("errors.field", contains("eligibility.yearsOfStudy"));
        apply(student.token(), all, body).statusCode(201);
        assertEquals(0, applicationsTo(schools) + applicationsTo(programmes) + applicationsTo(years));
    }

    @Test
    void anApplicationAnswersEachQuestionOfTheOffer() {
        Applicant student = world.registerStudent("SV-ANS");
        String offerId = world.openOffer(
                "APPLY-ANS", with(world.offer("Hai câu hỏi"), "applicantQuestions", List.of(QUESTION, "Khi nào?")));
        apply(student.token(), offerId, application("Em muốn", "Chỉ một"))
                .statusCode(400)
                .body("type", endsWith("/invalid-request"))
                .body("errors[0].field", equalTo("body.answers"));
        apply(student.token(), offerId, application("Em muốn"))
                .statusCode(400)
                .body("errors[0].field", equalTo("body.answers"));
        apply(student.token(), offerId, application("Em muốn", "Vì thích", "Tháng 3"))
                .statusCode(201)
                .body("answers", contains("Vì thích", "Tháng 3"));
    }

    @Test
    void onlyStudentsAndSchoolsApplyAndAStudentWithoutARecordIsNotFound() {
        String offerId = world.openOffer("APPLY-ROLES", world.offer("Vai trò"));
        Map<String, Object> body = application("Em muốn", "Có");
        apply(world.businessToken(), offerId, body).statusCode(403).contentType(PROBLEM);
        apply(TestTokens.state(), offerId, body).statusCode(403);
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/offers/" + offerId + "/applications")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
        apply(
                        TestTokens.user(
                                "login-nobody-registered",
                                Roles.STUDENT,
                                world.school().toString()),
                        offerId,
                        body)
                .statusCode(404)
                .contentType(PROBLEM);
        assertEquals(0, applicationsTo(offerId));
    }

    @Test
    void badInputIsRefusedAsAProblemAndNothingIsWritten() {
        String offerId = world.openOffer("APPLY-BAD", world.offer("Đầu vào xấu"));
        Applicant student = world.registerStudent("SV-BAD");
        List<Map<String, Object>> bodies = new ArrayList<>(List.of(
                application("Có\u0000NUL", "Có"),
                application("Có", "Có\u0007BEL"),
                application("M".repeat(ApplicationLimits.MOTIVATION + 1), "Có"),
                application("Có", "A".repeat(ApplicationLimits.ANSWER + 1)),
                application("   ", "Có"),
                application("Có", "  "),
                with(application("Có", "Có"), "answers", java.util.Arrays.asList("Có", null)),
                with(
                        application("Có", "Có"),
                        "answers",
                        List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11")),
                with(application("Có", "Có"), "courseSourcedId", "C".repeat(ApplicationLimits.COURSE_SOURCED_ID + 1)),
                with(application("Có", "Có"), "unknownMember", "x")));
        bodies.add(with(application("Có", "Có"), "motivation", 42));
        for (Map<String, Object> body : bodies) {
            apply(student.token(), offerId, body).statusCode(400).contentType(PROBLEM);
        }
        for (String bad : List.of("not-a-uuid", "1-2-3-4-5", "%00")) {
            apply(student.token(), bad, application("Có", "Có")).statusCode(400).contentType(PROBLEM);
        }
        given().auth()
                .oauth2(student.token())
                .contentType(ContentType.TEXT)
                .body("{\"motivation\": \"Có\", \"answers\": [\"Có\"]}")
                .when()
                .post("/api/v1/offers/" + offerId + "/applications")
                .then()
                .statusCode(415)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(student.token())
                .contentType(ContentType.JSON)
                .body("null")
                .when()
                .post("/api/v1/offers/" + offerId + "/applications")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        given().auth()
                .oauth2(student.token())
                .contentType(ContentType.JSON)
                .body("{\"motivation\": \"Có\", \"answers\": [\"Có\"]")
                .when()
                .post("/api/v1/offers/" + offerId + "/applications")
                .then()
                .statusCode(400)
                .body("type", endsWith("/malformed-body"));
        assertEquals(0, applicationsTo(offerId));
        assertEquals(List.of(), ApplicationOutbox.typesOf(offerId));
    }
}
