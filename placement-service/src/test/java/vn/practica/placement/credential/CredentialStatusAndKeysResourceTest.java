package vn.practica.placement.credential;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.practica.placement.credential.CredentialCalls.completed;
import static vn.practica.placement.credential.CredentialCalls.credentialOf;
import static vn.practica.placement.credential.CredentialCalls.jwt;
import static vn.practica.placement.credential.CredentialCalls.payload;
import static vn.practica.placement.credential.CredentialCalls.publishedKeys;
import static vn.practica.placement.credential.CredentialCalls.verifiesWith;
import static vn.practica.placement.credential.CredentialCalls.verifyJwt;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.JWKSet;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.practica.placement.LifecycleCalls;
import vn.practica.placement.LifecycleCalls.Active;
import vn.practica.placement.application.ApplicationOutbox;
import vn.practica.placement.application.ApplicationWorld;
import vn.practica.testkit.TestTokens;

/**
 * A credential's life after issue on real PostgreSQL: its school revokes it into the published status list and
 * verification says so; the signing key rotates and earlier credentials still verify; private keys rest sealed.
 */
@QuarkusTest
class CredentialStatusAndKeysResourceTest {
    private static ApplicationWorld world;

    @BeforeAll
    static void announce() {
        world = LifecycleCalls.announce("CKEY");
    }

    @Test
    void aRevokedCredentialShowsInTheStatusListAndFailsVerification() throws Exception {
        Active placement = completed(world, "CRED-REVOKE");
        String id = credentialOf(placement);
        String compact = jwt(placement.student().token(), id);
        JsonNode status = payload(compact).get("credentialStatus");
        int index = status.get("statusListIndex").asInt();
        String listPath = "/api/v1/issuers/" + world.school() + "/status-lists/"
                + status.get("statusListCredential").asText().replaceAll(".*/", "");
        assertFalse(bit(listPath, index), "not revoked yet");
        given().auth()
                .oauth2(world.schoolToken())
                .when()
                .post("/api/v1/credentials/" + id + "/revoke")
                .then()
                .statusCode(200)
                .body("revokedAt", org.hamcrest.Matchers.notNullValue());
        given().auth()
                .oauth2(world.schoolToken())
                .when()
                .post("/api/v1/credentials/" + id + "/revoke")
                .then()
                .statusCode(409)
                .body("type", equalTo("https://practica.vn/problems/credential-already-revoked"));
        assertTrue(bit(listPath, index), "revoked");
        verifyJwt(compact)
                .statusCode(200)
                .body("verified", equalTo(false))
                .body("checks.find { it.check == 'status' }.outcome", equalTo("FAILED"))
                .body("checks.find { it.check == 'signature' }.outcome", equalTo("PASSED"));
    }

    @Test
    void rotatingTheSigningKeyKeepsEarlierCredentialsVerifiable() {
        Active before = completed(world, "CRED-ROT-1");
        String old = jwt(before.student().token(), credentialOf(before));
        String newKid = Arc.container()
                .instance(CredentialKeyService.class)
                .get()
                .rotateSigningKey()
                .activeKid();
        Active after = completed(world, "CRED-ROT-2");
        String fresh = jwt(after.student().token(), credentialOf(after));
        assertTrue(headerKid(fresh).endsWith("#" + newKid), headerKid(fresh));
        assertNotEquals(headerKid(old), headerKid(fresh));
        JWKSet keys = publishedKeys(world.school().toString());
        for (String compact : List.of(old, fresh)) {
            assertTrue(verifiesWith(keys, compact));
            verifyJwt(compact).statusCode(200).body("verified", equalTo(true));
        }
        given().when()
                .get("/api/v1/issuers/" + world.school() + "/did.json")
                .then()
                .statusCode(200)
                .body("assertionMethod", org.hamcrest.Matchers.hasItems(headerKid(old), headerKid(fresh)));
    }

    @Test
    void theStateRotatesTheKeyOverHttpAndEarlierCredentialsStillVerify() {
        Active before = completed(world, "CRED-HTTP-ROT-1");
        String old = jwt(before.student().token(), credentialOf(before));
        String oldKid = headerKid(old).replaceAll(".*#", "");
        String newKid = rotate(TestTokens.state())
                .statusCode(200)
                .body("retiredKid", equalTo(oldKid))
                .body("rotatedAt", notNullValue())
                .extract()
                .path("activeKid");
        assertNotEquals(oldKid, newKid);
        Active after = completed(world, "CRED-HTTP-ROT-2");
        String fresh = jwt(after.student().token(), credentialOf(after));
        assertTrue(headerKid(fresh).endsWith("#" + newKid), headerKid(fresh));
        JWKSet keys = publishedKeys(world.school().toString());
        for (String compact : List.of(old, fresh)) {
            assertTrue(verifiesWith(keys, compact));
            verifyJwt(compact).statusCode(200).body("verified", equalTo(true));
        }
    }

    @Test
    void onlyTheStateRotatesTheKey() {
        Active placement = completed(world, "CRED-ROT-WHO");
        String before = keyState();
        for (String token : List.of(
                world.schoolToken(), world.businessToken(), placement.student().token())) {
            rotate(token).statusCode(403).contentType(ApplicationWorld.PROBLEM);
        }
        rotate(null).statusCode(401);
        assertEquals(before, keyState(), "a refused rotation changed the keys");
    }

    @Test
    void aStatusListIsSignedOnceUntilARevocationOrARotationChangesIt() throws Exception {
        Active placement = completed(world, "CRED-LIST-CACHE");
        String id = credentialOf(placement);
        JsonNode status = payload(jwt(placement.student().token(), id)).get("credentialStatus");
        int index = status.get("statusListIndex").asInt();
        String listPath = "/api/v1/issuers/" + world.school() + "/status-lists/"
                + status.get("statusListCredential").asText().replaceAll(".*/", "");
        String first = given().when()
                .get(listPath)
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-cache")
                .extract()
                .asString();
        String etag = given().when().get(listPath).then().extract().header("ETag");
        assertEquals(first, given().when().get(listPath).then().extract().asString(), "signed again");
        given().header("If-None-Match", etag).when().get(listPath).then().statusCode(304);
        given().auth()
                .oauth2(world.schoolToken())
                .when()
                .post("/api/v1/credentials/" + id + "/revoke")
                .then()
                .statusCode(200);
        given().header("If-None-Match", etag).when().get(listPath).then().statusCode(200);
        assertTrue(bit(listPath, index), "the revocation shows on the next read");
        String revoked = given().when().get(listPath).then().extract().asString();
        String newKid = rotate(TestTokens.state()).statusCode(200).extract().path("activeKid");
        String resigned =
                given().when().get(listPath).then().statusCode(200).extract().asString();
        assertNotEquals(revoked, resigned);
        assertTrue(headerKid(resigned).endsWith("#" + newKid), headerKid(resigned));
        assertTrue(bit(listPath, index));
    }

    @Test
    void privateKeysAtRestAreSealedNotPlain() {
        completed(world, "CRED-SEAL");
        List<String> sealed =
                ApplicationOutbox.texts("select encode(private_key_sealed, 'base64') from credential_key");
        assertFalse(sealed.isEmpty());
        for (String key : sealed) {
            byte[] bytes = Base64.getMimeDecoder().decode(key);
            assertThrows(
                    Exception.class,
                    () -> KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(bytes)),
                    "a stored private key reads as PKCS#8");
        }
    }

    private static boolean bit(String listPath, int index) throws Exception {
        String compact =
                given().when().get(listPath).then().statusCode(200).extract().asString();
        assertTrue(verifiesWith(publishedKeys(world.school().toString()), compact), "the list is signed");
        JsonNode list = payload(compact);
        assertEquals("BitstringStatusListCredential", list.at("/type/1").asText());
        String encoded = list.at("/credentialSubject/encodedList").asText();
        assertTrue(encoded.startsWith("u"), "multibase base64url");
        byte[] gz = Base64.getUrlDecoder().decode(encoded.substring(1));
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            byte[] bits = in.readAllBytes();
            assertEquals(CredentialIssueService.STATUS_LIST_SIZE / 8, bits.length);
            return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
        }
    }

    private static ValidatableResponse rotate(String token) {
        var request = token == null ? given() : given().auth().oauth2(token);
        return request.when().post("/api/v1/credential-keys/rotate").then();
    }

    /** Every key with whether it is retired. */
    private static String keyState() {
        return String.join(
                ",", ApplicationOutbox.texts("select kid || (retired_at is null) from credential_key order by kid"));
    }

    private static String headerKid(String compact) {
        try {
            return JWSObject.parse(compact).getHeader().getKeyID();
        } catch (java.text.ParseException e) {
            throw new AssertionError(e);
        }
    }
}
