package vn.practica.placement.credential;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static vn.practica.placement.LifecycleCalls.evaluateLearner;
import static vn.practica.placement.LifecycleCalls.learnerScores;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import vn.practica.placement.LifecycleCalls;
import vn.practica.placement.LifecycleCalls.Active;
import vn.practica.placement.application.ApplicationWorld;

/**
 * What credential tests do: complete a placement through the API (which issues its credential), download the
 * credential, and verify it as an outsider would: with Nimbus and nothing but the issuer's published JWKS.
 */
final class CredentialCalls {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String VC_JWT = "application/vc+jwt";

    private CredentialCalls() {}

    /** A placement that completed: hours approved, the mentor's (5) and the supervisor's (4) evaluations in. */
    static Active completed(ApplicationWorld world, String ref) {
        return complete(world, LifecycleCalls.activate(world, ref));
    }

    /** Completes an active placement: hours approved, the mentor's (5) and the supervisor's (4) evaluations in. */
    static Active complete(ApplicationWorld world, Active placement) {
        LifecycleCalls.workAllHours(world, placement);
        evaluateLearner(placement.mentorToken(), placement.id(), learnerScores(world, 5, null))
                .statusCode(201);
        evaluateLearner(placement.supervisorToken(), placement.id(), learnerScores(world, 4, null))
                .statusCode(201)
                .body("placementStatus", equalTo("COMPLETED"));
        return placement;
    }

    /** The student's credentials' ids, newest first. */
    static List<String> myCredentialIds(String studentToken) {
        return given().auth()
                .oauth2(studentToken)
                .when()
                .get("/api/v1/students/me/credentials")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("credentials.id", String.class);
    }

    /** The credential's id of a completed placement's student (their only one). */
    static String credentialOf(Active placement) {
        List<String> ids = myCredentialIds(placement.student().token());
        if (ids.size() != 1) {
            throw new AssertionError("expected one credential, got " + ids);
        }
        return ids.get(0);
    }

    static ValidatableResponse download(String token, String credentialId) {
        var request = token == null ? given() : given().auth().oauth2(token);
        return request.accept(VC_JWT)
                .when()
                .get("/api/v1/credentials/" + credentialId)
                .then();
    }

    static String jwt(String token, String credentialId) {
        return download(token, credentialId).statusCode(200).extract().asString();
    }

    static ValidatableResponse verify(Object body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/credentials/verify")
                .then();
    }

    static ValidatableResponse verifyJwt(String jwt) {
        return verify(Map.of("credential", jwt));
    }

    /** The issuer's published JWKS, fetched without a token. */
    static JWKSet publishedKeys(String schoolId) {
        String body = given().when()
                .get("/api/v1/issuers/" + schoolId + "/jwks.json")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        try {
            return JWKSet.parse(body);
        } catch (java.text.ParseException e) {
            throw new AssertionError(e);
        }
    }

    /** Whether Nimbus, given only the JWKS, finds the header's key and the signature holds. */
    static boolean verifiesWith(JWKSet keys, String compact) {
        try {
            JWSObject jws = JWSObject.parse(compact);
            var jwk = keys.getKeyByKeyId(jws.getHeader().getKeyID());
            return jwk != null && jws.verify(new ECDSAVerifier((ECKey) jwk));
        } catch (Exception e) {
            return false;
        }
    }

    static JsonNode payload(String compact) {
        try {
            return JSON.readTree(JWSObject.parse(compact).getPayload().toString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
