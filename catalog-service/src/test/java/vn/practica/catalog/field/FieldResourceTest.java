package vn.practica.catalog.field;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.practica.events.CloudEventHeaders;
import vn.practica.events.Topics;
import vn.practica.events.catalog.CatalogEventTypes;
import vn.practica.testkit.TestTokens;
import vn.practica.testkit.TopicReader;

@QuarkusTest
class FieldResourceTest {
    private static final String FIELDS = "/api/v1/fields";
    /** Fields the limit test adds straight to the table, and removes again. */
    private static final String FILLER = "FILLER_";

    private static final String PROBLEM = "application/problem+json";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private static String newCode() {
        return "TEST_" + System.nanoTime() % 1_000_000_000L + "_" + SEQ.incrementAndGet();
    }

    private static Map<String, String> field(String code) {
        return Map.of("code", code, "nameVi", "Nông nghiệp số", "nameEn", "Digital agriculture");
    }

    @Inject
    EntityManager em;

    private static void create(String code) {
        given().auth()
                .oauth2(TestTokens.state())
                .contentType(ContentType.JSON)
                .body(field(code))
                .when()
                .post(FIELDS)
                .then()
                .statusCode(201);
    }

    @Test
    void listsTheTenProgramFieldsInProgramOrderToAnonymousCallers() {
        given().when()
                .get(FIELDS + "?status=ACTIVE")
                .then()
                .statusCode(200)
                .body(
                        "code",
                        hasItems(
                                "TOURISM",
                                "PORT_OPS",
                                "GREEN_CERT",
                                "DIGITAL_BIZ",
                                "IT",
                                "FINTECH",
                                "VOC_DX",
                                "DIGITAL_DATA",
                                "STRATEGY",
                                "ECOMMERCE"));
    }

    @Test
    void readsOneFieldWithItsVietnameseNameAndVersionEtag() {
        given().when()
                .get(FIELDS + "/TOURISM")
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("nameVi", equalTo("Du lịch"))
                .body("nameEn", equalTo("Tourism"))
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void unknownFieldIsProblemNotFound() {
        given().when()
                .get(FIELDS + "/NO_SUCH_FIELD")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("status", equalTo(404))
                .body("detail", containsString("NO_SUCH_FIELD"));
    }

    @Test
    void stateCreatesFieldAndTheCreationIsPublishedAsCloudEvent() {
        String code = newCode();
        given().auth()
                .oauth2(TestTokens.state())
                .contentType(ContentType.JSON)
                .body(field(code))
                .when()
                .post(FIELDS)
                .then()
                .statusCode(201)
                .header("Location", endsWith(FIELDS + "/" + code))
                .body("version", equalTo(1));

        TopicReader.Received event =
                TopicReader.await(Topics.CATALOG, r -> code.equals(r.key()), Duration.ofSeconds(30));
        assertEquals(CatalogEventTypes.FIELD_CREATED, event.headers().get(CloudEventHeaders.TYPE));
        assertEquals("1.0", event.headers().get(CloudEventHeaders.SPEC_VERSION));
        assertEquals(code, event.headers().get(CloudEventHeaders.SUBJECT));
        assertEquals(CatalogEventTypes.SOURCE, event.headers().get(CloudEventHeaders.SOURCE));
        assertEquals("application/json", event.headers().get(CloudEventHeaders.CONTENT_TYPE));
    }

    @Test
    void renameAndRetireEachPublishTheNewVersion() {
        String code = newCode();
        create(code);
        given().auth()
                .oauth2(TestTokens.state())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of("nameEn", "Smart agriculture"))
                .when()
                .patch(FIELDS + "/" + code)
                .then()
                .statusCode(200)
                .body("version", equalTo(2))
                .body("nameVi", equalTo("Nông nghiệp số"));
        given().auth()
                .oauth2(TestTokens.state())
                .when()
                .post(FIELDS + "/" + code + "/retire")
                .then()
                .statusCode(200)
                .body("status", equalTo("RETIRED"))
                .body("version", equalTo(3));

        var events = TopicReader.readUntil(
                Topics.CATALOG,
                all -> all.stream().filter(r -> code.equals(r.key())).count() >= 3,
                Duration.ofSeconds(30));
        var types = events.stream()
                .filter(r -> code.equals(r.key()))
                .map(r -> r.headers().get(CloudEventHeaders.TYPE))
                .toList();
        assertEquals(
                java.util.List.of(
                        CatalogEventTypes.FIELD_CREATED,
                        CatalogEventTypes.FIELD_RENAMED,
                        CatalogEventTypes.FIELD_RETIRED),
                types);
    }

    @Test
    void createWithoutTokenIsUnauthorizedProblemAndCreatesNothing() {
        String code = newCode();
        given().contentType(ContentType.JSON)
                .body(field(code))
                .when()
                .post(FIELDS)
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer");
        given().when().get(FIELDS + "/" + code).then().statusCode(404);
    }

    @Test
    void forgedOrExpiredTokensAreUnauthorized() {
        for (String token : new String[] {TestTokens.forged(), TestTokens.expired(), "not-a-jwt"}) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(field(newCode()))
                    .when()
                    .post(FIELDS)
                    .then()
                    .statusCode(401)
                    .contentType(PROBLEM);
        }
    }

    @Test
    void schoolsAndBusinessesMayNotChangeFields() {
        String code = newCode();
        for (String token :
                new String[] {TestTokens.school("HUST"), TestTokens.business("VNG"), TestTokens.student("HUST")}) {
            given().auth()
                    .oauth2(token)
                    .contentType(ContentType.JSON)
                    .body(field(code))
                    .when()
                    .post(FIELDS)
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM);
            given().auth()
                    .oauth2(token)
                    .when()
                    .post(FIELDS + "/TOURISM/retire")
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM);
        }
        given().when().get(FIELDS + "/" + code).then().statusCode(404);
        given().when().get(FIELDS + "/TOURISM").then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void invalidFieldListsEveryOffendingProperty() {
        given().auth()
                .oauth2(TestTokens.state())
                .contentType(ContentType.JSON)
                .body(Map.of("code", "lower case", "nameVi", " "))
                .when()
                .post(FIELDS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItems("body.code", "body.nameVi", "body.nameEn"));
    }

    @Test
    void malformedJsonIsBadRequestWithoutParserInternals() {
        given().auth()
                .oauth2(TestTokens.state())
                .contentType(ContentType.JSON)
                .body("{\"code\": ")
                .when()
                .post(FIELDS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void duplicateCodeIsConflict() {
        given().auth()
                .oauth2(TestTokens.state())
                .contentType(ContentType.JSON)
                .body(field("TOURISM"))
                .when()
                .post(FIELDS)
                .then()
                .statusCode(409)
                .contentType(PROBLEM);
    }

    @Test
    void staleIfMatchIsPreconditionFailedAndKeepsTheName() {
        String code = newCode();
        create(code);
        given().auth()
                .oauth2(TestTokens.state())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"7\"")
                .body(Map.of("nameVi", "Tên mới"))
                .when()
                .patch(FIELDS + "/" + code)
                .then()
                .statusCode(412)
                .contentType(PROBLEM);
        given().when().get(FIELDS + "/" + code).then().body("nameVi", equalTo("Nông nghiệp số"));
    }

    @Test
    void retiredFieldCannotBeRenamed() {
        String code = newCode();
        create(code);
        given().auth()
                .oauth2(TestTokens.state())
                .when()
                .post(FIELDS + "/" + code + "/retire")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.state())
                .contentType(ContentType.JSON)
                .body(Map.of("nameVi", "Khác"))
                .when()
                .patch(FIELDS + "/" + code)
                .then()
                .statusCode(409)
                .contentType(PROBLEM);
        given().when().get(FIELDS + "?status=RETIRED").then().body("code", hasItem(code));
    }

    @Test
    void unknownStatusFilterIsBadRequest() {
        given().when()
                .get(FIELDS + "?status=SOMETIMES")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("query.status"));
    }

    @Test
    void unknownPathIsProblemNotFound() {
        given().when().get("/api/v1/nothing-here").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void theProgramKeepsAtMostAThousandFieldsSoItsUnpagedListStaysSmall() {
        long existing = given().when()
                .get(FIELDS)
                .then()
                .extract()
                .jsonPath()
                .getList("code")
                .size();
        fill((int) (FieldService.MAX_FIELDS - existing));
        try {
            given().auth()
                    .oauth2(TestTokens.state())
                    .contentType(ContentType.JSON)
                    .body(field(newCode()))
                    .when()
                    .post(FIELDS)
                    .then()
                    .statusCode(409)
                    .contentType(PROBLEM)
                    .body("type", equalTo("https://practica.vn/problems/field-limit-reached"));
            given().when().get(FIELDS).then().statusCode(200).body("code", hasSize(FieldService.MAX_FIELDS));
        } finally {
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery("delete from field where code like '" + FILLER + "%'")
                            .executeUpdate());
        }
    }

    /** Adds fields without events, as if created long ago: only their number matters here. */
    private void fill(int count) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("insert into field (code, name_vi, name_en, status, version,"
                                + " created_at, updated_at) select '" + FILLER
                                + "' || n, 'Lĩnh vực ' || n, 'Field ' || n,"
                                + " 'ACTIVE', 1, now(), now() from generate_series(1, ?1) as n")
                        .setParameter(1, count)
                        .executeUpdate());
    }
}
