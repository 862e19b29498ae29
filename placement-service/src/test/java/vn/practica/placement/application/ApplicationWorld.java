package vn.practica.placement.application;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.practica.events.Topics;
import vn.practica.placement.CatalogAnnouncements;
import vn.practica.placement.coverage.CompetencyCoverageService;
import vn.practica.placement.reference.ReferenceDataService;
import vn.practica.platform.security.Roles;
import vn.practica.reference.curriculum.CurriculumCoverage;
import vn.practica.reference.partner.Partner;
import vn.practica.testkit.SampleEvents;
import vn.practica.testkit.TestTokens;

/**
 * What application and placement tests need: a verified business and school, a field, a competency item and a
 * cooperation model covering every kind of contribution, as catalog announced them; students the school
 * registered; open offers; and the calls students, schools and businesses make.
 */
public final class ApplicationWorld {
    public static final String PROBLEM = "application/problem+json";
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final LocalDate TODAY = LocalDate.now(VIETNAM);
    public static final LocalDate START = TODAY.plusDays(60);
    public static final LocalDate END = START.plusDays(90);
    public static final LocalDate DEADLINE = START.minusDays(14);
    /** Within the model's 120 to 960 hours. */
    public static final int HOURS = 480;

    public static final String PROGRAM = "CTDT-APPLY";
    public static final String QUESTION = "Vì sao bạn chọn vị trí này?";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final UUID business;
    private final UUID school;
    private final String field;
    private final UUID item;
    private final String model;

    private ApplicationWorld(UUID business, UUID school, String field, UUID item, String model) {
        this.business = business;
        this.school = school;
        this.field = field;
        this.item = item;
        this.model = model;
    }

    /** A student the school registered, who signs in with {@code login}. */
    public record Applicant(String login, String sourcedId, UUID schoolId) {
        public String token() {
            return TestTokens.user(login, Roles.STUDENT, schoolId.toString());
        }
    }

    public static ApplicationWorld announce(String prefix) {
        return announce(prefix, 120);
    }

    /**
     * As {@link #announce(String)}, with a model from {@code minHours} up: a logbook test reaches a placement's
     * hours within the day it starts (entries are never dated after today).
     */
    public static ApplicationWorld announce(String prefix, int minHours) {
        String model = cooperationModelForEveryKind(prefix, minHours);
        return new ApplicationWorld(
                CatalogAnnouncements.verifiedBusiness(),
                CatalogAnnouncements.verifiedSchool(),
                CatalogAnnouncements.activeField(prefix),
                CatalogAnnouncements.competencyItem(),
                model);
    }

    /** As {@link #announce(String)}, with a school and a business catalog announced under these short names. */
    public static ApplicationWorld announceNamed(String prefix, String schoolName, String businessName) {
        String model = cooperationModelForEveryKind(prefix, 120);
        return new ApplicationWorld(
                CatalogAnnouncements.verifiedPartner(Partner.BUSINESS, businessName),
                CatalogAnnouncements.verifiedPartner(Partner.SCHOOL, schoolName),
                CatalogAnnouncements.activeField(prefix),
                CatalogAnnouncements.competencyItem(),
                model);
    }

    /** The same field, item and model, with another verified business. */
    public ApplicationWorld withNewBusiness() {
        return new ApplicationWorld(CatalogAnnouncements.verifiedBusiness(), school, field, item, model);
    }

    /** The same field, item and model, with another verified school. */
    public ApplicationWorld withNewSchool() {
        return new ApplicationWorld(business, CatalogAnnouncements.verifiedSchool(), field, item, model);
    }

    public UUID business() {
        return business;
    }

    public UUID school() {
        return school;
    }

    public String field() {
        return field;
    }

    public UUID item() {
        return item;
    }

    public String model() {
        return model;
    }

    public String businessToken() {
        return TestTokens.business(business.toString());
    }

    public String schoolToken() {
        return TestTokens.school(school.toString());
    }

    /** A remote internship for anyone, one question, three seats. */
    public Map<String, Object> offer(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "Sinh viên tham gia dự án thực tế, có người kèm cặp hằng tuần.");
        body.put("fieldCode", field);
        body.put("competencyItemIds", List.of(item.toString()));
        body.put("totalJobOpenings", 3);
        body.put("workMode", "REMOTE");
        body.put("jobStartDate", START.toString());
        body.put("jobEndDate", END.toString());
        body.put("expectedHours", HOURS);
        body.put("validThrough", DEADLINE.toString());
        body.put("applicantQuestions", List.of(QUESTION));
        body.put("cooperationModelCode", model);
        body.put("contributionKind", "INTERNSHIP");
        return body;
    }

    /** The offer body with one member changed. */
    public static Map<String, Object> with(Map<String, Object> body, String member, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(member, value);
        return changed;
    }

    /** Creates and opens the offer as the business; its id. */
    public String openOffer(String externalRef, Map<String, Object> body) {
        given().auth()
                .oauth2(businessToken())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .put(offerPath(externalRef))
                .then()
                .statusCode(201);
        return given().auth()
                .oauth2(businessToken())
                .header("If-Match", "*")
                .when()
                .post(offerPath(externalRef) + "/open")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
    }

    /** POST .../offers/{externalRef}/{transition} as the business, If-Match *. */
    public ValidatableResponse offerTransition(String externalRef, String transition, Map<String, Object> body) {
        var request = given().auth().oauth2(businessToken()).header("If-Match", "*");
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.when().post(offerPath(externalRef) + "/" + transition).then();
    }

    public String offerPath(String externalRef) {
        return "/api/v1/businesses/" + business + "/offers/" + externalRef;
    }

    /** Registers {@code count} third-year students of the programme through the school's SIS endpoint. */
    public List<Applicant> registerStudents(String prefix, int count) {
        String batch = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Applicant> applicants = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Applicant applicant = new Applicant("login-" + batch + "-" + i, batch + "-" + i, school);
            applicants.add(applicant);
            rows.add(studentRow(applicant));
        }
        given().auth()
                .oauth2(schoolToken())
                .contentType(ContentType.JSON)
                .body(Map.of("students", rows))
                .when()
                .put("/api/v1/schools/" + school + "/students")
                .then()
                .statusCode(200);
        return applicants;
    }

    public Applicant registerStudent(String prefix) {
        return registerStudents(prefix, 1).get(0);
    }

    /** A registration row whose personal values carry the applicant's sourcedId, so a test can look for them. */
    public static Map<String, Object> studentRow(Applicant applicant) {
        Map<String, Object> row = new HashMap<>();
        row.put("sourcedId", applicant.sourcedId());
        row.put("programSourcedId", PROGRAM);
        row.put("yearOfStudy", 3);
        row.put("givenName", "Tên " + applicant.sourcedId());
        row.put("familyName", "Họ " + applicant.sourcedId());
        row.put("email", applicant.sourcedId().toLowerCase() + "@sv.example.edu.vn");
        row.put(
                "phone",
                "+84 912 000 "
                        + String.format("%03d", Math.abs(applicant.sourcedId().hashCode()) % 1000));
        row.put("loginSubject", applicant.login());
        row.put("fieldInterests", List.of());
        return row;
    }

    /** An application body: motivation and one answer per question. */
    public static Map<String, Object> application(String motivation, String... answers) {
        Map<String, Object> body = new HashMap<>();
        body.put("motivation", motivation);
        body.put("answers", List.of(answers));
        return body;
    }

    public static ValidatableResponse apply(String token, String offerId, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/offers/" + offerId + "/applications")
                .then();
    }

    /** The applicant applies with a valid body; the application's id. */
    public static String applied(Applicant applicant, String offerId) {
        return apply(applicant.token(), offerId, application("Em muốn học từ việc thật.", "Vì em thích."))
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** POST /api/v1/applications/{id}/{move} with If-Match *, a JSON body when given. */
    public static ValidatableResponse move(String token, String applicationId, String move, Map<String, ?> body) {
        var request = given().auth().oauth2(token).header("If-Match", "*");
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.when()
                .post("/api/v1/applications/" + applicationId + "/" + move)
                .then();
    }

    /** The applicant's application, offered a place by the business; the application's id. */
    public String offered(Applicant applicant, String offerId) {
        String id = applied(applicant, offerId);
        move(businessToken(), id, "offer", null).statusCode(200);
        return id;
    }

    /** The applicant accepts; the placement's id. */
    public static String accepted(Applicant applicant, String applicationId) {
        return move(applicant.token(), applicationId, "accept", null)
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static ValidatableResponse get(String token, String path) {
        return given().auth().oauth2(token).when().get(path).then();
    }

    /**
     * The school's programme {@link #PROGRAM}, taught by one active course that covers {@code items}, as catalog
     * announces it; waits until the programme's coverage is kept. The course's sourcedId.
     */
    public String announceCurriculum(UUID... items) {
        UUID programId = UUID.randomUUID();
        UUID courseId = UUID.randomUUID();
        String course = "HP-" + courseId.toString().substring(0, 8);
        SampleEvents.send(
                Topics.CATALOG,
                SampleEvents.sample(
                        "catalog/program.upserted.v1.json",
                        programId.toString(),
                        Map.of(
                                "id",
                                programId.toString(),
                                "schoolId",
                                school.toString(),
                                "sourcedId",
                                PROGRAM,
                                "fieldCode",
                                "IT",
                                "version",
                                1)),
                SampleEvents.sample(
                        "catalog/course.upserted.v1.json",
                        courseId.toString(),
                        Map.of(
                                "id", courseId.toString(),
                                "schoolId", school.toString(),
                                "sourcedId", course,
                                "programIds", List.of(programId.toString()),
                                "competencyItemIds",
                                        List.of(items).stream()
                                                .map(UUID::toString)
                                                .toList(),
                                "status", "active",
                                "version", 1)));
        CompetencyCoverageService coverage =
                Arc.container().instance(CompetencyCoverageService.class).get();
        CurriculumCoverage curricula =
                Arc.container().instance(CurriculumCoverage.class).get();
        await().atMost(WAIT)
                .until(() -> QuarkusTransaction.requiringNew()
                                .call(() -> coverage.coveredItems(school, PROGRAM))
                                .containsAll(List.of(items))
                        && QuarkusTransaction.requiringNew()
                                .call(() -> curricula.findCourse(school, course))
                                .isPresent());
        return course;
    }

    /** A cooperation model covering all four kinds of contribution, minHours to 960 hours, as catalog created it. */
    private static String cooperationModelForEveryKind(String prefix, int minHours) {
        String code = prefix + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        SampleEvents.send(
                Topics.CATALOG,
                SampleEvents.sample(
                        "catalog/cooperation-model.created.v1.json",
                        code,
                        Map.of(
                                "code",
                                code,
                                "contributionKinds",
                                List.of("INTERNSHIP", "REAL_PROJECT", "EXPERT_TEACHING", "RESOURCE"),
                                "minHours",
                                minHours)));
        ReferenceDataService reference =
                Arc.container().instance(ReferenceDataService.class).get();
        await().atMost(WAIT)
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> reference.currentCooperationTerms(code))
                        .isPresent());
        return code;
    }
}
