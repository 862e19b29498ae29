package vn.practica.placement.credential;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.practica.placement.credential.CredentialCalls.JSON;
import static vn.practica.placement.credential.CredentialCalls.completed;
import static vn.practica.placement.credential.CredentialCalls.credentialOf;
import static vn.practica.placement.credential.CredentialCalls.jwt;
import static vn.practica.placement.credential.CredentialCalls.payload;
import static vn.practica.placement.credential.CredentialCalls.publishedKeys;
import static vn.practica.placement.credential.CredentialCalls.verifiesWith;
import static vn.practica.placement.credential.CredentialCalls.verifyJwt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.Base64URL;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.practica.placement.LifecycleCalls;
import vn.practica.placement.LifecycleCalls.Active;
import vn.practica.placement.application.ApplicationOutbox;
import vn.practica.placement.application.ApplicationWorld;
import vn.practica.placement.placement.PlacementCompletion;
import vn.practica.placement.placement.PlacementReadService;
import vn.practica.placement.placement.Requester;

/**
 * A completed placement's credential through the API on real PostgreSQL: issued once in the completion's
 * transaction (also when issued concurrently), valid against the official Open Badges 3.0 schema, verifiable by
 * Nimbus with nothing but the published JWKS, and broken by any tampering.
 */
@QuarkusTest
class CredentialResourceTest {
    /** The CASE URI the catalog sample announces for every test item (catalog/competency-item.upserted.v1.json). */
    private static final String SAMPLE_CASE_URI =
            "https://case.moet.gov.vn/ims/case/v1p1/CFItems/2a4c6e8a-1c3e-4a5c-9e7a-2c4e6a8c1e3a";

    private static ApplicationWorld world;

    @BeforeAll
    static void announce() {
        world = LifecycleCalls.announce("CRED");
    }

    @Test
    void completingAPlacementIssuesOneCredentialValidAgainstTheOpenBadgesSchema() throws Exception {
        Active placement = completed(world, "CRED-ISSUE");
        String id = credentialOf(placement);
        String compact = jwt(placement.student().token(), id);
        JWSObject jws = JWSObject.parse(compact);
        assertEquals("ES256", jws.getHeader().getAlgorithm().getName());
        assertEquals("vc+jwt", jws.getHeader().getType().getType());
        assertEquals("vc", jws.getHeader().getContentType());
        JsonNode vc = payload(compact);
        String readable = given().auth()
                .oauth2(placement.student().token())
                .accept("application/json")
                .when()
                .get("/api/v1/credentials/" + id)
                .then()
                .statusCode(200)
                .header("Vary", "Accept")
                .extract()
                .asString();
        assertEquals(vc, JSON.readTree(readable), "the JSON download is the payload the JWS signs");
        Set<ValidationMessage> errors = schema().validate(vc);
        assertTrue(errors.isEmpty(), errors.toString());
        ObjectNode withoutCriteria = vc.deepCopy();
        ((ObjectNode) withoutCriteria.at("/credentialSubject/achievement")).remove("criteria");
        ObjectNode plainIdentity = vc.deepCopy();
        ((ObjectNode) plainIdentity.at("/credentialSubject/identifier/0")).put("email", "x@example.vn");
        for (JsonNode broken : List.of(withoutCriteria, plainIdentity)) {
            assertFalse(schema().validate(broken).isEmpty(), "the schema is enforced: " + broken);
        }
        assertEquals("urn:uuid:" + id, vc.get("id").asText());
        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), texts(vc.get("type")));
        String did = vc.at("/issuer/id").asText();
        assertTrue(did.startsWith("did:web:") && did.endsWith(":api:v1:issuers:" + world.school()), did);
        assertTrue(
                jws.getHeader().getKeyID().startsWith(did + "#"),
                jws.getHeader().getKeyID());
        JsonNode achievement = vc.at("/credentialSubject/achievement");
        assertEquals(SAMPLE_CASE_URI, achievement.at("/alignment/0/targetUrl").asText());
        assertEquals("CFItem", achievement.at("/alignment/0/targetType").asText());
        assertEquals("4.50", vc.at("/credentialSubject/result/0/value").asText());
        assertEquals("16", vc.at("/credentialSubject/result/1/value").asText());
        JsonNode identity = vc.at("/credentialSubject/identifier/0");
        String email = placement.student().sourcedId().toLowerCase(Locale.ROOT) + "@sv.example.edu.vn";
        assertTrue(identity.get("hashed").asBoolean());
        assertEquals(
                CredentialIssueService.identityHash(email, identity.get("salt").asText()),
                identity.get("identityHash").asText());
        String text = vc.toString().toLowerCase(Locale.ROOT);
        for (String personal : List.of(email, placement.student().login().toLowerCase(Locale.ROOT), "mentor-", "gv-")) {
            assertFalse(text.contains(personal), "the credential carries " + personal);
        }
        List<ApplicationOutbox.Event> issued = credentialEvents(placement.id());
        assertEquals(1, issued.size());
        assertEquals(id, issued.get(0).data().get("credentialId").asText());
        assertEquals(
                4,
                UUID.fromString(issued.get(0).data().get("studentId").asText()).version());
        assertFalse(issued.get(0).data().toString().contains("@"));
    }

    @Test
    void aStudentWhoChoseTheirOwnDidIsNamedByItInsteadOfTheHash() throws Exception {
        Active placement = LifecycleCalls.activate(world, "CRED-DID");
        String did = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK";
        given().auth()
                .oauth2(placement.student().token())
                .contentType("application/json")
                .body(Map.of("credentialDid", did))
                .when()
                .patch("/api/v1/students/me")
                .then()
                .statusCode(200);
        CredentialCalls.complete(world, placement);
        String compact = jwt(placement.student().token(), credentialOf(placement));
        JsonNode vc = payload(compact);
        assertEquals(did, vc.at("/credentialSubject/id").asText());
        assertTrue(vc.at("/credentialSubject/identifier").isMissingNode(), vc.toString());
        Set<ValidationMessage> errors = schema().validate(vc);
        assertTrue(errors.isEmpty(), errors.toString());
        verifyJwt(compact).statusCode(200).body("verified", equalTo(true));
    }

    @Test
    void issuingAgainForTheSamePlacementIssuesNothingNew() {
        Active placement = completed(world, "CRED-AGAIN");
        String id = credentialOf(placement);
        PlacementReadService reads =
                Arc.container().instance(PlacementReadService.class).get();
        CredentialIssueService issue =
                Arc.container().instance(CredentialIssueService.class).get();
        Requester state = new Requester(true, Optional.empty(), Optional.empty(), Optional.empty(), "test");
        PlacementCompletion completion = new PlacementCompletion(
                world.model(),
                1,
                null,
                LifecycleCalls.HOURS,
                BigDecimal.valueOf(16),
                List.of(new PlacementCompletion.ItemMean(world.item(), new BigDecimal("4.50"))));
        for (int run = 0; run < 3; run++) {
            QuarkusTransaction.requiringNew()
                    .run(() -> issue.issueCredential(
                            reads.findAccess(UUID.fromString(placement.id()), state)
                                    .orElseThrow()
                                    .placement(),
                            completion));
        }
        assertEquals(
                List.of(id), CredentialCalls.myCredentialIds(placement.student().token()));
        assertEquals(1, credentialEvents(placement.id()).size());
        assertEquals(
                1,
                ApplicationOutbox.count(
                        "select count(*) from credential where placement_id = cast(?1 as uuid)", placement.id()));
    }

    @Test
    void concurrentIssuesForOnePlacementLeaveOneCredentialAndOneEvent() throws Exception {
        Active placement = completed(world, "CRED-RACE");
        String id = credentialOf(placement);
        ApplicationOutbox.update(
                "delete from outbox_event where type = ?1 and aggregateid = ?2",
                "vn.practica.placement.credential.issued.v1",
                placement.id());
        ApplicationOutbox.update("delete from credential where id = cast(?1 as uuid)", id);
        PlacementReadService reads =
                Arc.container().instance(PlacementReadService.class).get();
        CredentialIssueService issue =
                Arc.container().instance(CredentialIssueService.class).get();
        Requester state = new Requester(true, Optional.empty(), Optional.empty(), Optional.empty(), "test");
        PlacementCompletion completion = new PlacementCompletion(
                world.model(),
                1,
                null,
                LifecycleCalls.HOURS,
                BigDecimal.valueOf(16),
                List.of(new PlacementCompletion.ItemMean(world.item(), new BigDecimal("4.50"))));
        int racers = 8;
        CyclicBarrier start = new CyclicBarrier(racers);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    QuarkusTransaction.requiringNew()
                            .run(() -> issue.issueCredential(
                                    reads.findAccess(UUID.fromString(placement.id()), state)
                                            .orElseThrow()
                                            .placement(),
                                    completion));
                    return null;
                }));
            }
            for (var run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> ids = CredentialCalls.myCredentialIds(placement.student().token());
        assertEquals(1, ids.size(), ids.toString());
        assertEquals(1, credentialEvents(placement.id()).size());
        assertEquals(
                ids.get(0),
                credentialEvents(placement.id())
                        .get(0)
                        .data()
                        .get("credentialId")
                        .asText());
        verifyJwt(jwt(placement.student().token(), ids.get(0))).statusCode(200).body("verified", equalTo(true));
    }

    @Test
    void nimbusVerifiesItWithOnlyThePublishedKeysAndTheVerifyEndpointAgrees() {
        Active placement = completed(world, "CRED-VERIFY");
        String compact = jwt(placement.student().token(), credentialOf(placement));
        JWKSet keys = publishedKeys(world.school().toString());
        assertTrue(verifiesWith(keys, compact));
        keys.getKeys().forEach(key -> assertFalse(key.isPrivate(), "a published key holds its private part"));
        given().when()
                .get("/api/v1/issuers/" + world.school() + "/did.json")
                .then()
                .statusCode(200)
                .body("verificationMethod.publicKeyJwk.d", org.hamcrest.Matchers.everyItem(equalTo(null)))
                .body("verificationMethod.publicKeyJwk.crv", org.hamcrest.Matchers.everyItem(equalTo("P-256")));
        verifyJwt(compact)
                .statusCode(200)
                .header("RateLimit-Policy", org.hamcrest.Matchers.startsWith("\"writes\""))
                .body("verified", equalTo(true))
                .body("checks.check", equalTo(List.of("issuer-key", "signature", "status", "validity")))
                .body("checks.outcome", equalTo(List.of("PASSED", "PASSED", "PASSED", "PASSED")));
        assertFalse(
                verifiesWith(publishedKeys(world.withNewSchool().school().toString()), compact),
                "another school's documents do not name the key");
    }

    @Test
    void tamperingWithAnyFieldFailsVerification() throws Exception {
        Active placement = completed(world, "CRED-TAMPER");
        String compact = jwt(placement.student().token(), credentialOf(placement));
        JWKSet keys = publishedKeys(world.school().toString());
        String[] parts = compact.split("\\.");
        List<String> tampered = new ArrayList<>();
        JsonNode vc = payload(compact);
        for (String pointer : leaves(vc, "")) {
            ObjectNode copy = vc.deepCopy();
            JsonNode leaf = copy.at(pointer);
            ((ObjectNode) copy.at(pointer.substring(0, pointer.lastIndexOf('/'))))
                    .set(pointer.substring(pointer.lastIndexOf('/') + 1), new TextNode(leaf.asText() + "x"));
            String forged = parts[0] + "." + Base64URL.encode(JSON.writeValueAsBytes(copy)) + "." + parts[2];
            assertFalse(verifiesWith(keys, forged), pointer + " changed and it still verifies");
            tampered.add(forged);
        }
        assertTrue(tampered.size() > 40, "fields checked: " + tampered.size());
        for (String forged : tampered.subList(0, 5)) {
            verifyJwt(forged)
                    .statusCode(200)
                    .body("verified", equalTo(false))
                    .body("checks[1].outcome", equalTo("FAILED"));
        }
        String resigned = parts[0] + "." + parts[1] + "." + Base64URL.encode(new byte[64]);
        verifyJwt(resigned).statusCode(200).body("verified", equalTo(false));
    }

    private static List<ApplicationOutbox.Event> credentialEvents(String placementId) {
        return ApplicationOutbox.texts(
                        "select cast(payload as text) from outbox_event where type = ?1 and aggregateid = ?2 order by seq",
                        "vn.practica.placement.credential.issued.v1",
                        placementId)
                .stream()
                .map(payload -> new ApplicationOutbox.Event("credential.issued", placementId, read(payload)))
                .toList();
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static JsonSchema schema() throws Exception {
        try (InputStream in = CredentialResourceTest.class.getResourceAsStream(
                "/openbadges/ob_v3p0_achievementcredential_schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** JSON pointers of every object member that is a scalar, at any depth. */
    private static List<String> leaves(JsonNode node, String at) {
        List<String> pointers = new ArrayList<>();
        if (node.isObject()) {
            for (var e : node.properties()) {
                String pointer = at + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
                if (e.getValue().isValueNode()) {
                    pointers.add(pointer);
                } else {
                    pointers.addAll(leaves(e.getValue(), pointer));
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (!node.get(i).isValueNode()) {
                    pointers.addAll(leaves(node.get(i), at + "/" + i));
                }
            }
        }
        return pointers;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
