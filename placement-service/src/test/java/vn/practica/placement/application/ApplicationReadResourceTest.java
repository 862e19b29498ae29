package vn.practica.placement.application;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.practica.placement.application.ApplicationWorld.PROBLEM;
import static vn.practica.placement.application.ApplicationWorld.accepted;
import static vn.practica.placement.application.ApplicationWorld.applied;
import static vn.practica.placement.application.ApplicationWorld.get;
import static vn.practica.placement.application.ApplicationWorld.move;
import static vn.practica.placement.application.ApplicationWorld.with;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.practica.placement.CatalogAnnouncements;
import vn.practica.placement.application.ApplicationWorld.Applicant;
import vn.practica.platform.security.Roles;
import vn.practica.testkit.TestTokens;

/**
 * Who reads an application and what each reader sees: the business the applicant's profile and competency
 * coverage, their contact only once accepted; the student their own; the school its students'; the State none of
 * what people wrote. Lists are each reader's own, newest first, a page at a time.
 */
@QuarkusTest
class ApplicationReadResourceTest {
    private static ApplicationWorld world;

    @BeforeAll
    static void announce() {
        world = ApplicationWorld.announce("READ");
    }

    private static String path(String applicationId) {
        return "/api/v1/applications/" + applicationId;
    }

    @Test
    void theBusinessSeesProfileAndCoverageAndTheContactOnlyOnceTheStudentAccepts() {
        UUID missing = CatalogAnnouncements.competencyItem();
        ApplicationWorld own = world.withNewSchool();
        own.announceCurriculum(own.item());
        String offerId = own.openOffer(
                "READ-COVER",
                with(
                        own.offer("Dữ liệu cảng"),
                        "competencyItemIds",
                        List.of(own.item().toString(), missing.toString())));
        Applicant student = own.registerStudent("SV-COVER");
        given().auth()
                .oauth2(student.token())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "cvSummary", "Đã làm dự án phân tích dữ liệu.", "links", List.of("https://git.example/an")))
                .when()
                .patch("/api/v1/students/me")
                .then()
                .statusCode(200);
        String id = applied(student, offerId);
        get(own.businessToken(), path(id))
                .statusCode(200)
                .body("motivation", notNullValue())
                .body("answers", contains("Vì em thích."))
                .body("applicant.programSourcedId", equalTo(ApplicationWorld.PROGRAM))
                .body("applicant.yearOfStudy", equalTo(3))
                .body("applicant.cvSummary", equalTo("Đã làm dự án phân tích dữ liệu."))
                .body("applicant.links", contains("https://git.example/an"))
                .body("applicant.coverage.coveredItemIds", contains(own.item().toString()))
                .body("applicant.coverage.missingItemIds", contains(missing.toString()))
                .body("$", not(hasKey("contact")))
                .body("$", not(hasKey("studentSourcedId")));
        move(own.businessToken(), id, "offer", null).statusCode(200).body("$", not(hasKey("contact")));
        get(own.businessToken(), path(id)).body("$", not(hasKey("contact")));
        accepted(student, id);
        get(own.businessToken(), path(id))
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("contact.givenName", equalTo("Tên " + student.sourcedId()))
                .body("contact.familyName", equalTo("Họ " + student.sourcedId()))
                .body("contact.email", equalTo(student.sourcedId().toLowerCase() + "@sv.example.edu.vn"))
                .body("contact.phone", notNullValue());
        get(student.token(), path(id))
                .body("$", not(hasKey("contact")))
                .body("$", not(hasKey("applicant")))
                .body("answers", contains("Vì em thích."));
        get(own.schoolToken(), path(id))
                .statusCode(200)
                .body("studentSourcedId", equalTo(student.sourcedId()))
                .body("$", not(hasKey("motivation")))
                .body("$", not(hasKey("answers")))
                .body("$", not(hasKey("contact")))
                .body("$", not(hasKey("applicant")));
        get(TestTokens.state(), path(id))
                .statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("$", not(hasKey("motivation")))
                .body("$", not(hasKey("studentSourcedId")))
                .body("$", not(hasKey("contact")))
                .body("$", not(hasKey("applicant")));
    }

    @Test
    void nobodyElseIsToldAnApplicationExists() {
        Applicant student = world.registerStudent("SV-SECRET");
        Applicant classmate = world.registerStudent("SV-CLASSMATE");
        String offerId = world.openOffer("READ-SECRET", world.offer("Bí mật"));
        String id = applied(student, offerId);
        get(world.withNewBusiness().businessToken(), path(id)).statusCode(404).contentType(PROBLEM);
        get(classmate.token(), path(id)).statusCode(404).contentType(PROBLEM);
        get(world.withNewSchool().schoolToken(), path(id)).statusCode(404);
        get(
                        TestTokens.user(
                                "login-never-registered",
                                Roles.STUDENT,
                                world.school().toString()),
                        path(id))
                .statusCode(404);
        given().when().get(path(id)).then().statusCode(401).contentType(PROBLEM);
        get(TestTokens.forged(), path(id)).statusCode(401);
        get(student.token(), path("not-a-uuid")).statusCode(400).contentType(PROBLEM);
        get(student.token(), path(UUID.randomUUID().toString())).statusCode(404);
        get(student.token(), path(id)).statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    void aBusinessListsOnlyApplicationsToItsOwnOffersNewestFirstAPageAtATime() {
        ApplicationWorld own = world.withNewBusiness();
        String first = own.openOffer("READ-LIST-1", own.offer("Thứ nhất"));
        String second = own.openOffer("READ-LIST-2", own.offer("Thứ hai"));
        List<Applicant> students = own.registerStudents("SV-LIST", 3);
        List<String> ids = new ArrayList<>();
        ids.add(applied(students.get(0), first));
        ids.add(applied(students.get(1), first));
        ids.add(applied(students.get(2), second));
        move(own.businessToken(), ids.get(1), "shortlist", null).statusCode(200);
        String list = "/api/v1/businesses/" + own.business() + "/applications";
        var page = get(own.businessToken(), list + "?limit=2")
                .statusCode(200)
                .body("items.id", contains(ids.get(2), ids.get(1)))
                .body("items[0].applicant", notNullValue())
                .body("nextCursor", notNullValue())
                .extract();
        get(own.businessToken(), list + "?limit=2&cursor=" + page.path("nextCursor"))
                .statusCode(200)
                .body("items.id", contains(ids.get(0)))
                .body("nextCursor", nullValue());
        get(own.businessToken(), list + "?offerId=" + first).body("items.id", contains(ids.get(1), ids.get(0)));
        get(own.businessToken(), list + "?status=SHORTLISTED").body("items.id", contains(ids.get(1)));
        get(own.businessToken(), list + "?status=SUBMITTED&offerId=" + first).body("items.id", contains(ids.get(0)));
        get(world.businessToken(), list).statusCode(403).contentType(PROBLEM);
        get(world.businessToken(), "/api/v1/businesses/" + world.business() + "/applications?offerId=" + first)
                .statusCode(200)
                .body("items", empty());
        get(TestTokens.state(), list)
                .statusCode(200)
                .body("items.id", containsInAnyOrder(ids.toArray()))
                .body("items[0]", not(hasKey("applicant")))
                .body("items[0]", not(hasKey("motivation")));
        for (String student : List.of(students.get(0).token(), own.schoolToken())) {
            get(student, list).statusCode(403);
        }
        for (String bad : List.of(
                "?status=PENDING",
                "?status=submitted",
                "?offerId=not-a-uuid",
                "?cursor=not-a-cursor",
                "?limit=0",
                "?limit=101",
                "?limit=x")) {
            get(own.businessToken(), list + bad).statusCode(400).contentType(PROBLEM);
        }
        get(own.businessToken(), "/api/v1/businesses/not-a-uuid/applications").statusCode(400);
    }

    @Test
    void aStudentListsOnlyTheirOwnApplicationsWithTheirAnswers() {
        Applicant student = world.registerStudent("SV-MINE");
        Applicant classmate = world.registerStudent("SV-THEIRS");
        String offerId = world.openOffer("READ-MINE", world.offer("Của tôi"));
        String mine = applied(student, offerId);
        applied(classmate, offerId);
        get(student.token(), "/api/v1/students/me/applications")
                .statusCode(200)
                .body("items.id", contains(mine))
                .body("items[0].answers", contains("Vì em thích."))
                .body("items[0].offerTitle", equalTo("Của tôi"));
        get(
                        TestTokens.user(
                                "login-unregistered",
                                Roles.STUDENT,
                                world.school().toString()),
                        "/api/v1/students/me/applications")
                .statusCode(404)
                .contentType(PROBLEM);
        get(world.businessToken(), "/api/v1/students/me/applications").statusCode(403);
        get(student.token(), "/api/v1/students/me/applications?limit=0").statusCode(400);
    }

    @Test
    void aSchoolListsItsStudentsApplicationsWithoutWhatTheyWroteAndItsOwnForCourses() {
        ApplicationWorld own = world.withNewSchool();
        String course = own.announceCurriculum(own.item());
        Applicant student = own.registerStudent("SV-SCHOOL");
        String internship = own.openOffer("READ-SCHOOL", own.offer("Thực tập"));
        String teaching = own.openOffer(
                "READ-SCHOOL-TEACH", with(own.offer("Chuyên gia"), "contributionKind", "EXPERT_TEACHING"));
        String studentApplication = applied(student, internship);
        String courseApplication = ApplicationWorld.apply(
                        own.schoolToken(),
                        teaching,
                        with(ApplicationWorld.application("Môn cần chuyên gia", "Học kỳ 2"), "courseSourcedId", course))
                .statusCode(201)
                .extract()
                .path("id");
        String list = "/api/v1/schools/" + own.school() + "/applications";
        get(own.schoolToken(), list)
                .statusCode(200)
                .body("items.id", contains(courseApplication, studentApplication))
                .body("items[0].motivation", equalTo("Môn cần chuyên gia"))
                .body("items[1].studentSourcedId", equalTo(student.sourcedId()))
                .body("items[1]", not(hasKey("motivation")));
        get(world.schoolToken(), list).statusCode(403).contentType(PROBLEM);
        get(world.schoolToken(), "/api/v1/schools/" + world.school() + "/applications?limit=100")
                .statusCode(200)
                .body("items.id", not(org.hamcrest.Matchers.hasItem(studentApplication)));
        get(TestTokens.state(), list).statusCode(200).body("items[1]", not(hasKey("studentSourcedId")));
        get(own.businessToken(), list).statusCode(403);
        assertEquals(
                2,
                ApplicationOutbox.typesOf(internship).size()
                        + ApplicationOutbox.typesOf(teaching).size());
    }
}
