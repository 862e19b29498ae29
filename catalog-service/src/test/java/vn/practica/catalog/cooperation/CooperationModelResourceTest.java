package vn.practica.catalog.cooperation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.practica.catalog.cooperation.CooperationModels.MODELS;
import static vn.practica.catalog.cooperation.CooperationModels.PROBLEM;
import static vn.practica.catalog.cooperation.CooperationModels.PROBLEMS;
import static vn.practica.catalog.cooperation.CooperationModels.create;
import static vn.practica.catalog.cooperation.CooperationModels.model;
import static vn.practica.catalog.cooperation.CooperationModels.newCode;
import static vn.practica.catalog.cooperation.CooperationModels.read;
import static vn.practica.catalog.cooperation.CooperationModels.retire;
import static vn.practica.catalog.cooperation.CooperationModels.revise;
import static vn.practica.catalog.cooperation.CooperationModels.terms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.practica.events.CloudEventHeaders;
import vn.practica.events.Topics;
import vn.practica.events.catalog.CatalogEventTypes;
import vn.practica.testkit.TestTokens;
import vn.practica.testkit.TopicReader;

@QuarkusTest
class CooperationModelResourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SEEDED =
            List.of("EXPERT_CO_TEACHING", "INTERNSHIP", "REAL_PROJECT", "TOOLS_AND_DATA");

    @Inject
    EntityManager em;

    /** The payloads of the outbox events of one model and type, oldest first. */
    private List<JsonNode> outbox(String code, String type) {
        List<?> rows = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("select cast(payload as text) from outbox_event"
                                + " where aggregatetype = 'cooperation-model' and aggregateid = ?1 and type = ?2"
                                + " order by seq")
                        .setParameter(1, code)
                        .setParameter(2, type)
                        .getResultList());
        return rows.stream().map(row -> parse((String) row)).toList();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode body(ValidatableResponse response) {
        return parse(response.extract().asString());
    }

    /** The members an event carries are the API's, but for publishedAt, which the event has as ce_time. */
    private static JsonNode withoutPublishedAt(JsonNode model) {
        var copy = model.deepCopy();
        ((ObjectNode) copy).remove("publishedAt");
        return copy;
    }

    @Test
    void theSeededModelsCoverEveryKindOfContributionAndAnyRoleReadsThem() {
        for (String token :
                List.of(TestTokens.school("HUST"), TestTokens.business("VNG"), TestTokens.student("HUST"))) {
            given().auth()
                    .oauth2(token)
                    .when()
                    .get(MODELS + "?status=ACTIVE&limit=100")
                    .then()
                    .statusCode(200)
                    .body("items.code", hasItems(SEEDED.toArray(String[]::new)))
                    .body("items.find { it.code == 'INTERNSHIP' }.contributionKinds", contains("INTERNSHIP"))
                    .body("items.find { it.code == 'TOOLS_AND_DATA' }.contributionKinds", contains("RESOURCE"))
                    .body(
                            "items.find { it.code == 'EXPERT_CO_TEACHING' }.contributionKinds",
                            contains("EXPERT_TEACHING"))
                    .body("items.find { it.code == 'REAL_PROJECT' }.contributionKinds", contains("REAL_PROJECT"));
        }
    }

    @Test
    void theSeedReachedTheOutboxAsVersionOneOfEachModelWithItsWholeTerms() {
        for (String code : SEEDED) {
            JsonNode model = body(read("/" + code + "/versions/1").statusCode(200));
            List<JsonNode> created = outbox(code, CatalogEventTypes.COOPERATION_MODEL_CREATED);
            assertEquals(1, created.size(), code);
            assertEquals(withoutPublishedAt(model), created.get(0), code);
        }
        read("/INTERNSHIP")
                .statusCode(200)
                .body("clauses.key", hasItems("occupational-safety", "student-insurance", "supervision"))
                .body("evaluationAreas.code", hasItems("PRACTICAL_SKILLS", "SAFETY_COMPLIANCE"))
                .body("nameVi", equalTo("Thực tập tại doanh nghiệp"));
    }

    @Test
    void readsNeedAToken() {
        given().when().get(MODELS).then().statusCode(401).contentType(PROBLEM);
        given().when().get(MODELS + "/INTERNSHIP").then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void theStateCreatesAModelAtVersionOneWhoseEventCarriesTheWholeModel() {
        String code = newCode();
        var created = create(TestTokens.state(), model(code))
                .statusCode(201)
                .header("Location", endsWith(MODELS + "/" + code))
                .header("ETag", "\"1\"")
                .body("version", equalTo(1))
                .body("status", equalTo("ACTIVE"))
                .body("contributionKinds", contains("REAL_PROJECT", "RESOURCE"))
                .body("evaluationAreas.weight", contains(70, 1))
                .body("publishedAt", notNullValue());
        assertEquals(
                List.of(withoutPublishedAt(body(created))), outbox(code, CatalogEventTypes.COOPERATION_MODEL_CREATED));

        TopicReader.Received event =
                TopicReader.await(Topics.CATALOG, r -> code.equals(r.key()), Duration.ofSeconds(30));
        assertEquals(
                CatalogEventTypes.COOPERATION_MODEL_CREATED, event.headers().get(CloudEventHeaders.TYPE));
        assertEquals(code, event.headers().get(CloudEventHeaders.SUBJECT));
        assertEquals(code, parse(event.value()).get("code").asText());
    }

    @Test
    void kindsAreKeptInTheirDeclaredOrderWhateverOrderTheyCameIn() {
        String code = newCode();
        Map<String, Object> body = model(code);
        body.put("contributionKinds", List.of("RESOURCE", "EXPERT_TEACHING", "REAL_PROJECT"));
        create(TestTokens.state(), body)
                .statusCode(201)
                .body("contributionKinds", contains("REAL_PROJECT", "EXPERT_TEACHING", "RESOURCE"));
    }

    @Test
    void onlyTheStateCreatesRevisesAndRetiresModels() {
        String code = newCode();
        create(code);
        for (String token :
                List.of(TestTokens.school("HUST"), TestTokens.business("VNG"), TestTokens.student("HUST"))) {
            create(token, model(newCode())).statusCode(403).contentType(PROBLEM);
            Map<String, Object> changed = terms();
            changed.put("maxHours", 90);
            revise(token, code, "\"1\"", changed).statusCode(403).contentType(PROBLEM);
            retire(token, code, "\"1\"").statusCode(403).contentType(PROBLEM);
        }
        read("/" + code).statusCode(200).body("version", equalTo(1)).body("maxHours", equalTo(120));
        assertEquals(
                0, outbox(code, CatalogEventTypes.COOPERATION_MODEL_REVISED).size());
        assertEquals(
                0, outbox(code, CatalogEventTypes.COOPERATION_MODEL_RETIRED).size());
    }

    @Test
    void aRevisionPublishesTheNextVersionAndTheEarlierOneStaysReadable() {
        String code = newCode();
        create(code);
        Map<String, Object> changed = terms();
        changed.put("maxHours", 160);
        changed.put("clauses", List.of(CooperationModels.clause("supervision")));
        var revised = revise(TestTokens.state(), code, "\"1\"", changed)
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("version", equalTo(2))
                .body("maxHours", equalTo(160))
                .body("clauses.key", contains("supervision"));

        read("/" + code).statusCode(200).header("ETag", "\"2\"").body("maxHours", equalTo(160));
        read("/" + code + "/versions/1")
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("maxHours", equalTo(120))
                .body("clauses.key", contains("occupational-safety", "personal-data"));
        read("/" + code + "/versions/2").statusCode(200).body("maxHours", equalTo(160));
        assertEquals(
                List.of(withoutPublishedAt(body(revised))), outbox(code, CatalogEventTypes.COOPERATION_MODEL_REVISED));
    }

    @Test
    void revisingToTheCurrentTermsChangesNothingAndEmitsNothing() {
        String code = newCode();
        create(code);
        revise(TestTokens.state(), code, "\"1\"", terms()).statusCode(200).body("version", equalTo(1));
        read("/" + code + "/versions/2").statusCode(404).contentType(PROBLEM);
        assertEquals(
                0, outbox(code, CatalogEventTypes.COOPERATION_MODEL_REVISED).size());
    }

    @Test
    void aChangeWithoutIfMatchIsRefusedAsPreconditionRequiredAndChangesNothing() {
        String code = newCode();
        create(code);
        Map<String, Object> changed = terms();
        changed.put("minHours", 10);
        revise(TestTokens.state(), code, null, changed)
                .statusCode(428)
                .contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "if-match-required"));
        retire(TestTokens.state(), code, null)
                .statusCode(428)
                .contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "if-match-required"));
        read("/" + code)
                .body("version", equalTo(1))
                .body("status", equalTo("ACTIVE"))
                .body("minHours", equalTo(30));
    }

    @Test
    void aStaleIfMatchIsPreconditionFailedNamingTheCurrentVersion() {
        String code = newCode();
        create(code);
        Map<String, Object> changed = terms();
        changed.put("minHours", 10);
        revise(TestTokens.state(), code, "\"1\"", changed).statusCode(200);
        revise(TestTokens.state(), code, "\"1\"", terms())
                .statusCode(412)
                .contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "stale-version"))
                .body("currentVersion", equalTo(2));
        retire(TestTokens.state(), code, "\"1\"").statusCode(412).body("currentVersion", equalTo(2));
        retire(TestTokens.state(), code, "soon").statusCode(412).body("type", equalTo(PROBLEMS + "invalid-if-match"));
        read("/" + code).body("version", equalTo(2)).body("minHours", equalTo(10));
    }

    @Test
    void retiringPublishesARetiredVersionAndARetiredModelNoLongerChanges() {
        String code = newCode();
        create(code);
        var retired = retire(TestTokens.state(), code, "*")
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("status", equalTo("RETIRED"))
                .body("version", equalTo(2))
                .body("maxHours", equalTo(120));
        assertEquals(
                List.of(withoutPublishedAt(body(retired))), outbox(code, CatalogEventTypes.COOPERATION_MODEL_RETIRED));

        revise(TestTokens.state(), code, "\"2\"", terms())
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "cooperation-model-retired"));
        retire(TestTokens.state(), code, "\"2\"")
                .statusCode(409)
                .body("type", equalTo(PROBLEMS + "cooperation-model-retired"));
        read("/" + code + "/versions/1").statusCode(200).body("status", equalTo("ACTIVE"));
        read("?status=RETIRED&limit=100").statusCode(200).body("items.code", hasItems(code));
    }

    @Test
    void aSecondModelWithTheSameCodeIsAConflict() {
        create(TestTokens.state(), model("INTERNSHIP"))
                .statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "cooperation-model-exists"));
        read("/INTERNSHIP").body("nameEn", equalTo("Workplace internship"));
    }

    @Test
    void anUnknownModelOrVersionIsNotFoundAndAMalformedOneIsABadRequest() {
        read("/NO_SUCH_MODEL").statusCode(404).contentType(PROBLEM);
        read("/INTERNSHIP/versions/99").statusCode(404).contentType(PROBLEM);
        read("/lower-case").statusCode(400).body("errors[0].field", equalTo("path.code"));
        for (String version : List.of("0", "two", "-1", "9999999999999999999")) {
            read("/INTERNSHIP/versions/" + version)
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("path.version"));
        }
        revise(TestTokens.state(), "NO_SUCH_MODEL", "\"1\"", terms()).statusCode(404);
        retire(TestTokens.state(), "NO_SUCH_MODEL", "\"1\"").statusCode(404);
    }

    @Test
    void theListPagesByCodeWithAnOpaqueCursor() {
        var first = read("?limit=1").statusCode(200).body("items.size()", equalTo(1));
        String cursor = first.extract().path("nextCursor");
        assertNotNull(cursor);
        String firstCode = first.extract().path("items[0].code");
        String secondCode =
                read("?limit=1&cursor=" + cursor).statusCode(200).extract().path("items[0].code");
        assertTrue(secondCode.compareTo(firstCode) > 0, firstCode + " then " + secondCode);
        read("?limit=100&status=ACTIVE").statusCode(200).body("items.clauses", everyItem(nullValue()));
        for (String bad : List.of("x", "%%%", "A".repeat(600))) {
            given().auth()
                    .oauth2(TestTokens.school("HUST"))
                    .queryParam("cursor", bad)
                    .when()
                    .get(MODELS)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo("query.cursor"));
        }
        read("?limit=101").statusCode(400).body("errors[0].field", equalTo("query.limit"));
        read("?status=SOMETIMES").statusCode(400).body("errors[0].field", equalTo("query.status"));
    }

    @Test
    void aRetriedCreationWithTheSameIdempotencyKeyReplaysTheFirstAnswerWithoutASecondModel() {
        String code = newCode();
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            var answer = given().auth()
                    .oauth2(TestTokens.state())
                    .header("Idempotency-Key", key)
                    .contentType(ContentType.JSON)
                    .body(model(code))
                    .when()
                    .post(MODELS)
                    .then()
                    .statusCode(201)
                    .header("ETag", "\"1\"")
                    .extract();
            assertEquals(attempt == 0 ? null : "true", answer.header("Idempotent-Replayed"));
        }
        assertEquals(
                1, outbox(code, CatalogEventTypes.COOPERATION_MODEL_CREATED).size());
    }
}
