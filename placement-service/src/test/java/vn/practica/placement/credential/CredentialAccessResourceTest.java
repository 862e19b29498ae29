package vn.practica.placement.credential;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.practica.placement.credential.CredentialCalls.completed;
import static vn.practica.placement.credential.CredentialCalls.credentialOf;
import static vn.practica.placement.credential.CredentialCalls.download;
import static vn.practica.placement.credential.CredentialCalls.jwt;
import static vn.practica.placement.credential.CredentialCalls.verify;
import static vn.practica.placement.credential.CredentialCalls.verifyJwt;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.practica.placement.LifecycleCalls;
import vn.practica.placement.LifecycleCalls.Active;
import vn.practica.placement.application.ApplicationOutbox;
import vn.practica.placement.application.ApplicationWorld;
import vn.practica.placement.application.ApplicationWorld.Applicant;
import vn.practica.testkit.TestTokens;

/**
 * Who may do what with a credential: its student reads and shares it, its school reads and revokes it, anyone
 * reads a shared one, and everyone else is told it does not exist; hostile input to the public verify endpoint
 * gets a problem and changes nothing.
 */
@QuarkusTest
class CredentialAccessResourceTest {
    private static final String PROBLEM = ApplicationWorld.PROBLEM;

    private static ApplicationWorld world;

    @BeforeAll
    static void announce() {
        world = LifecycleCalls.announce("CACC");
    }

    @Test
    void aStudentReadsOnlyTheirOwnCredentialsAndOthersAreToldTheyDoNotExist() {
        Active placement = completed(world, "ACC-OWN");
        String id = credentialOf(placement);
        Applicant classmate = world.registerStudent("SV-ACC-MATE");
        assertEquals(List.of(), CredentialCalls.myCredentialIds(classmate.token()));
        download(placement.student().token(), id).statusCode(200);
        download(world.schoolToken(), id).statusCode(200);
        for (String stranger : List.of(
                classmate.token(), world.businessToken(), world.withNewSchool().schoolToken(), TestTokens.state())) {
            download(stranger, id).statusCode(404).contentType(PROBLEM);
            summary(stranger, id).statusCode(404);
        }
        download(null, id).statusCode(404).contentType(PROBLEM);
        move(classmate.token(), id, "share").statusCode(404);
        given().when().get("/api/v1/students/me/credentials").then().statusCode(401);
        given().auth()
                .oauth2(world.schoolToken())
                .when()
                .get("/api/v1/students/me/credentials")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.student(world.school().toString()))
                .when()
                .get("/api/v1/students/me/credentials")
                .then()
                .statusCode(404);
    }

    @Test
    void sharingMakesItPublicUntilTheStudentStopsSharing() {
        Active placement = completed(world, "ACC-SHARE");
        String id = credentialOf(placement);
        move(placement.student().token(), id, "share").statusCode(200).body("shared", equalTo(true));
        download(null, id).statusCode(200).contentType(startsWith(CredentialCalls.VC_JWT));
        download(world.businessToken(), id).statusCode(200);
        summary(null, id).statusCode(200).body("achievement", startsWith("Dự án ACC-SHARE"));
        move(world.schoolToken(), id, "share").statusCode(403);
        move(placement.student().token(), id, "unshare").statusCode(200).body("shared", equalTo(false));
        download(null, id).statusCode(404);
    }

    @Test
    void aSchoolRevokesOnlyTheCredentialsItIssued() {
        Active placement = completed(world, "ACC-REVOKE");
        String id = credentialOf(placement);
        move(world.withNewSchool().schoolToken(), id, "revoke").statusCode(404).contentType(PROBLEM);
        move(placement.student().token(), id, "revoke").statusCode(403);
        move(world.businessToken(), id, "revoke").statusCode(403);
        move(TestTokens.state(), id, "revoke").statusCode(403);
        move(null, id, "revoke").statusCode(401);
        summary(world.schoolToken(), id).statusCode(200).body("revokedAt", equalTo(null));
        move(world.schoolToken(), id, "revoke").statusCode(200);
        summary(placement.student().token(), id)
                .statusCode(200)
                .body("revokedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void badInputToVerifyGetsAProblemAndChangesNothing() throws Exception {
        Active placement = completed(world, "ACC-BAD");
        String good = jwt(placement.student().token(), credentialOf(placement));
        List<String> before = state();
        String[] parts = good.split("\\.");
        String none = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"vc+jwt\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + parts[1] + ".";
        JWSObject hmac = new JWSObject(
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .type(CredentialSigner.VC_JWT)
                        .build(),
                new Payload(Base64URL.from(parts[1]).decodeToString()));
        hmac.sign(new MACSigner(new byte[32]));
        String es256NotVc = Base64URL.encode("{\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1]
                + "." + parts[2];
        String notJson = parts[0] + "." + Base64URL.encode("not json") + "." + parts[2];
        for (String garbage : List.of("garbage", "a.b.c", "...", none, hmac.serialize(), es256NotVc, notJson)) {
            verifyJwt(garbage)
                    .statusCode(422)
                    .contentType(PROBLEM)
                    .body(
                            "type",
                            org.hamcrest.Matchers.anyOf(
                                    equalTo("https://practica.vn/problems/credential-malformed"),
                                    equalTo("https://practica.vn/problems/credential-algorithm-not-accepted")));
        }
        verifyJwt("x".repeat(VerifyCredentialRequest.MAX_LENGTH + 1))
                .statusCode(400)
                .contentType(PROBLEM);
        verifyJwt("x".repeat(200_000)).statusCode(413).contentType(PROBLEM);
        verifyJwt(parts[0] + "\u0000." + parts[1] + "." + parts[2])
                .statusCode(400)
                .contentType(PROBLEM);
        verifyJwt(" ").statusCode(400).contentType(PROBLEM);
        verify(Map.of()).statusCode(400).contentType(PROBLEM);
        verify(Map.of("credential", List.of(good))).statusCode(400).contentType(PROBLEM);
        verify(Map.of("credential", good, "extra", 1)).statusCode(400).contentType(PROBLEM);
        given().contentType(ContentType.JSON)
                .body("{\"credential\": \"" + good + "\"")
                .when()
                .post("/api/v1/credentials/verify")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
        given().contentType(ContentType.TEXT)
                .body(good)
                .when()
                .post("/api/v1/credentials/verify")
                .then()
                .statusCode(415)
                .contentType(PROBLEM);
        download(placement.student().token(), "not-a-uuid").statusCode(400).contentType(PROBLEM);
        download(placement.student().token(), UUID.randomUUID().toString()).statusCode(404);
        given().when()
                .get("/api/v1/issuers/" + world.school() + "/status-lists/-1")
                .then()
                .statusCode(400);
        given().when()
                .get("/api/v1/issuers/" + world.school() + "/status-lists/99999999999")
                .then()
                .statusCode(400);
        given().when()
                .get("/api/v1/issuers/" + world.school() + "/status-lists/16383")
                .then()
                .statusCode(404);
        given().when()
                .get("/api/v1/issuers/" + UUID.randomUUID() + "/did.json")
                .then()
                .statusCode(404);
        given().when()
                .get("/api/v1/issuers/" + world.business() + "/jwks.json")
                .then()
                .statusCode(404);
        assertEquals(before, state(), "verifying changed something");
        verifyJwt(good).statusCode(200).body("verified", equalTo(true));
    }

    /** What verifying could touch: credentials, their flags, keys, events. */
    private static List<String> state() {
        return ApplicationOutbox.texts("select concat_ws(',', (select count(*) from credential),"
                + " (select count(*) from credential where shared or revoked_at is not null),"
                + " (select count(*) from credential_key), (select count(*) from outbox_event))");
    }

    private static ValidatableResponse summary(String token, String id) {
        var request = token == null ? given() : given().auth().oauth2(token);
        return request.when().get("/api/v1/credentials/" + id + "/summary").then();
    }

    private static ValidatableResponse move(String token, String id, String action) {
        var request = token == null ? given() : given().auth().oauth2(token);
        return request.when().post("/api/v1/credentials/" + id + "/" + action).then();
    }
}
