package vn.practica.placement.matching;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.practica.placement.application.ApplicationWorld.PROBLEM;
import static vn.practica.placement.application.ApplicationWorld.with;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.practica.placement.application.ApplicationOutbox;
import vn.practica.placement.application.ApplicationWorld;
import vn.practica.placement.application.ApplicationWorld.Applicant;
import vn.practica.testkit.TestTokens;

/**
 * A round organized by a group of schools: the organizer invites verified schools; an invited school's students
 * rank only once it joins; an invited school neither closes nor runs the round; schools not invited do not see it.
 */
@QuarkusTest
class RoundSchoolResourceTest {
    private static final String ROUNDS = "/api/v1/matching-rounds";

    private static ApplicationWorld organizer;
    private static ApplicationWorld partner;
    private static ApplicationWorld outsider;
    private static String offer;

    @BeforeEach
    void announce() {
        if (organizer == null) {
            organizer = ApplicationWorld.announce("GROUP");
            partner = organizer.withNewSchool();
            outsider = organizer.withNewSchool();
            offer = organizer.openOffer(
                    "group-offer", with(organizer.offer("Dự án liên trường"), "totalJobOpenings", 2));
        }
    }

    @Test
    void invitedSchoolsStudentsRankOnlyOnceTheirSchoolJoins() {
        Applicant student = partner.registerStudent("GROUPB");
        String round = open(organizer.schoolToken(), List.of(partner.school().toString()))
                .statusCode(201)
                .extract()
                .path("id");
        schools(round, partner.schoolToken())
                .statusCode(200)
                .body("$", hasSize(2))
                .body("[0].schoolId", equalTo(organizer.school().toString()))
                .body("[0].organizer", equalTo(true))
                .body("[0].joinedAt", notNullValue())
                .body("[1].schoolId", equalTo(partner.school().toString()))
                .body("[1].joinedAt", nullValue());

        Rounds.rank(round, student, offer)
                .statusCode(422)
                .body("type", equalTo("https://practica.vn/problems/invalid-preferences"));
        String joinedAt = join(round, partner.school(), partner.schoolToken())
                .statusCode(200)
                .body("joinedAt", notNullValue())
                .extract()
                .path("joinedAt");
        join(round, partner.school(), partner.schoolToken()).statusCode(200).body("joinedAt", equalTo(joinedAt));
        Rounds.rank(round, student, offer).statusCode(200);

        given().auth()
                .oauth2(partner.schoolToken())
                .post(ROUNDS + "/" + round + "/close")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(partner.schoolToken())
                .post(ROUNDS + "/" + round + "/runs")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(outsider.schoolToken())
                .get(ROUNDS + "/" + round)
                .then()
                .statusCode(404);
        join(round, outsider.school(), outsider.schoolToken()).statusCode(404).contentType(PROBLEM);
        join(round, outsider.school(), partner.schoolToken()).statusCode(403).contentType(PROBLEM);
        join(round, partner.school(), organizer.businessToken()).statusCode(403);
        join(round, UUID.randomUUID(), TestTokens.school(UUID.randomUUID().toString()))
                .statusCode(404);
    }

    @Test
    void aRoundInvitesVerifiedSchoolsOnceAndTheStateInvitesNobody() {
        long before = rounds();
        open(TestTokens.state(), List.of(partner.school().toString()))
                .statusCode(400)
                .contentType(PROBLEM);
        open(organizer.schoolToken(), List.of(organizer.school().toString()))
                .statusCode(400)
                .body("errors[0].field", equalTo("partnerSchoolIds[0]"));
        open(
                        organizer.schoolToken(),
                        List.of(partner.school().toString(), partner.school().toString()))
                .statusCode(400)
                .body("errors[0].field", equalTo("partnerSchoolIds[1]"));
        open(organizer.schoolToken(), List.of(organizer.business().toString()))
                .statusCode(422)
                .body("type", equalTo("https://practica.vn/problems/not-a-school"));
        open(organizer.schoolToken(), List.of(UUID.randomUUID().toString())).statusCode(422);
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        open(organizer.schoolToken(), withNull).statusCode(400);
        open(organizer.schoolToken(), List.of("not-a-uuid")).statusCode(400);
        assertEquals(before, rounds(), "no refused round was opened");
    }

    private static ValidatableResponse open(String token, List<String> partnerSchoolIds) {
        Map<String, Object> body = Rounds.body("Đợt liên trường", "2027-S3", organizer.field());
        body.put("partnerSchoolIds", partnerSchoolIds);
        return Rounds.open(token, body);
    }

    private static ValidatableResponse schools(String round, String token) {
        return given().auth()
                .oauth2(token)
                .get(ROUNDS + "/" + round + "/schools")
                .then();
    }

    private static ValidatableResponse join(String round, UUID school, String token) {
        return given().auth()
                .oauth2(token)
                .post(ROUNDS + "/" + round + "/schools/" + school + "/join")
                .then();
    }

    private static long rounds() {
        return ApplicationOutbox.count("select count(*) from matching_round where name = ?1", "Đợt liên trường");
    }
}
