package vn.practica.placement.agreement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import vn.practica.placement.application.ApplicationWorld;
import vn.practica.placement.application.ApplicationWorld.Applicant;

/**
 * What agreement tests do through the API: propose a placement on an offer with a mentor, read, change and
 * confirm its agreement, start it, read its audit trail.
 */
final class AgreementCalls {
    static final String MENTOR = "mentor-";

    private AgreementCalls() {}

    /** A proposed placement: its id, its student and its offer, whose one mentor is {@link #mentor}. */
    record Proposed(String id, Applicant student, String offerId, String mentor) {}

    /** An open remote internship of the world's business with one mentor, accepted by a new student. */
    static Proposed propose(ApplicationWorld world, String ref) {
        return propose(world, ref, world.registerStudent("SV-" + ref));
    }

    static Proposed propose(ApplicationWorld world, String ref, Applicant student) {
        String mentor = MENTOR + ref;
        Map<String, Object> offer =
                ApplicationWorld.with(world.offer("Thực tập " + ref), "mentorSubjects", List.of(mentor));
        String offerId = world.openOffer(ref, offer);
        String placement = ApplicationWorld.accepted(student, world.offered(student, offerId));
        return new Proposed(placement, student, offerId, mentor);
    }

    static String path(String placementId) {
        return "/api/v1/placements/" + placementId + "/agreement";
    }

    static ValidatableResponse read(String token, String placementId) {
        return given().auth().oauth2(token).when().get(path(placementId)).then();
    }

    static ValidatableResponse revise(String token, String placementId, String ifMatch, Map<String, ?> body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().patch(path(placementId)).then();
    }

    static ValidatableResponse confirm(String token, String placementId, String ifMatch) {
        var request = given().auth().oauth2(token);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().post(path(placementId) + "/confirm").then();
    }

    static ValidatableResponse start(String token, String placementId, String ifMatch) {
        return given().auth()
                .oauth2(token)
                .header("If-Match", ifMatch)
                .when()
                .post("/api/v1/placements/" + placementId + "/start")
                .then();
    }

    static ValidatableResponse audit(String token, String placementId) {
        return given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/placements/" + placementId + "/audit?limit=100")
                .then();
    }

    static Map<String, String> person(String subject, String name) {
        return Map.of("subject", subject, "name", name);
    }

    /** The school names its supervisor, then the business the offer's mentor: version 3, complete. */
    static void complete(ApplicationWorld world, Proposed placement) {
        revise(world.schoolToken(), placement.id(), "1", Map.of("schoolSupervisor", person("gv-1", "Trần Văn Đức")))
                .statusCode(200)
                .header("ETag", "\"2\"");
        revise(
                        world.businessToken(),
                        placement.id(),
                        "2",
                        Map.of("businessMentor", person(placement.mentor(), "Lê Thị Ánh")))
                .statusCode(200)
                .header("ETag", "\"3\"");
    }

    /** The three parties confirm version {@code version}; the last answer says AGREED. */
    static void confirmAll(ApplicationWorld world, Proposed placement, String version) {
        confirm(placement.student().token(), placement.id(), version).statusCode(200);
        confirm(world.schoolToken(), placement.id(), version).statusCode(200);
        confirm(world.businessToken(), placement.id(), version)
                .statusCode(200)
                .body("placementStatus", equalTo("AGREED"));
    }
}
