package vn.practica.catalog.field;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.practica.catalog.CompetencyFixtures;
import vn.practica.events.catalog.CatalogEventTypes;
import vn.practica.testkit.TestTokens;

@QuarkusTest
class FieldCompetencyResourceTest {
    private static final String PROBLEM = "application/problem+json";
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Inject
    EntityManager em;

    private static String newField() {
        String code = "COMP_" + System.nanoTime() % 1_000_000_000L + "_" + SEQ.incrementAndGet();
        given().auth()
                .oauth2(TestTokens.state())
                .contentType(ContentType.JSON)
                .body(Map.of("code", code, "nameVi", "Logistics xanh", "nameEn", "Green logistics"))
                .when()
                .post("/api/v1/fields")
                .then()
                .statusCode(201);
        return code;
    }

    private static String path(String field) {
        return "/api/v1/fields/" + field + "/competencies";
    }

    private static io.restassured.response.ValidatableResponse put(String field, String token, Object itemIds) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("itemIds", itemIds))
                .when()
                .put(path(field))
                .then();
    }

    private long changeEvents(String field) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(
                                        "select count(*) from outbox_event where aggregateid = ?1 and type = ?2")
                                .setParameter(1, field)
                                .setParameter(2, CatalogEventTypes.FIELD_COMPETENCIES_CHANGED)
                                .getSingleResult())
                        .longValue());
    }

    @Test
    void stateMapsAFieldToItemsAnyoneReadsThemAndTheSameSetAgainEmitsNothing() {
        String field = newField();
        List<String> items = CompetencyFixtures.items(em, 3);
        put(field, TestTokens.state(), items).statusCode(200).body("", hasSize(3));
        put(field, TestTokens.state(), List.of(items.get(2), items.get(0), items.get(1)))
                .statusCode(200);

        given().when()
                .get(path(field))
                .then()
                .statusCode(200)
                .body("identifier", equalTo(items))
                .body("[0].humanCodingScheme", equalTo("DL.1"));
        assertEquals(1, changeEvents(field));

        put(field, TestTokens.state(), List.of(items.get(1))).statusCode(200).body("", hasSize(1));
        assertEquals(2, changeEvents(field));
    }

    @Test
    void unknownItemIsBadRequestNamingTheEntryAndChangesNothing() {
        String field = newField();
        List<String> items = CompetencyFixtures.items(em, 1);
        String unknown = UUID.randomUUID().toString();
        put(field, TestTokens.state(), List.of(items.get(0), unknown))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("body.itemIds[1]"));
        put(field, TestTokens.state(), List.of("not-a-uuid")).statusCode(400).contentType(PROBLEM);
        given().when().get(path(field)).then().statusCode(200).body("", hasSize(0));
        assertEquals(0, changeEvents(field));
    }

    @Test
    void onlyTheStateMapsFieldCompetencies() {
        String field = newField();
        List<String> items = CompetencyFixtures.items(em, 1);
        String org = UUID.randomUUID().toString();
        put(field, TestTokens.school(org), items).statusCode(403).contentType(PROBLEM);
        put(field, TestTokens.business(org), items).statusCode(403).contentType(PROBLEM);
        given().contentType(ContentType.JSON)
                .body(Map.of("itemIds", items))
                .when()
                .put(path(field))
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
        assertEquals(0, changeEvents(field));
    }

    @Test
    void unknownFieldIsNotFoundAndRetiredFieldIsConflict() {
        List<String> items = CompetencyFixtures.items(em, 1);
        put("NO_SUCH_FIELD", TestTokens.state(), items).statusCode(404).contentType(PROBLEM);
        given().when().get(path("NO_SUCH_FIELD")).then().statusCode(404).contentType(PROBLEM);

        String field = newField();
        given().auth()
                .oauth2(TestTokens.state())
                .when()
                .post("/api/v1/fields/" + field + "/retire")
                .then()
                .statusCode(200);
        put(field, TestTokens.state(), items).statusCode(409).contentType(PROBLEM);
    }
}
