package vn.practica.catalog.hostile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.practica.catalog.hostile.HostileRequests.ORGS;
import static vn.practica.catalog.hostile.HostileRequests.PROBLEM;
import static vn.practica.catalog.hostile.HostileRequests.PROBLEMS;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import vn.practica.catalog.CasePackages;
import vn.practica.catalog.Schools;
import vn.practica.testkit.TestTokens;
import vn.practica.testkit.openapi.OpenApiDocumentRules;

/**
 * The bounds the OpenAPI document states are the ones validation enforces: for representative members of
 * bodies, paths, queries and headers, a value at the documented bound is taken and one past it is refused,
 * naming the member. Each bound is read from {@code /q/openapi}, so the document cannot drift from the code.
 */
@QuarkusTest
class RequestBoundsTest {
    private static JsonNode document;

    /** Read once, when the first test needs it (the application is up by then). */
    private static JsonNode document() {
        if (document == null) {
            document = OpenApiDocumentRules.parse(given().when()
                    .get("/q/openapi?format=json")
                    .then()
                    .extract()
                    .asString());
        }
        return document;
    }

    /** A bound the document states, by JSON pointer; fails if the document states none. */
    private static int bound(String pointer) {
        JsonNode value = document().at(pointer);
        assertTrue(value.isNumber(), "the document states no bound at " + pointer);
        return value.asInt();
    }

    private static String schema(String name, String property, String bound) {
        return "/components/schemas/" + name + "/properties/" + property + "/" + bound;
    }

    private static String parameter(String path, String method, String name, String bound) {
        JsonNode parameters = document().at("/paths/" + path.replace("/", "~1") + "/" + method + "/parameters");
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).path("name").asText().equals(name)) {
                return "/paths/" + path.replace("/", "~1") + "/" + method + "/parameters/" + i + "/schema/" + bound;
            }
        }
        throw new AssertionError("no parameter " + name + " of " + method + " " + path);
    }

    /** At the bound: not refused for that member. Past it: a 400 problem naming the member. */
    private static void holds(String pointer, String member, IntFunction<ValidatableResponse> send) {
        int bound = bound(pointer);
        send.apply(bound).body("errors.field", not(hasItem(startsWith(member))));
        send.apply(bound + 1)
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "invalid-request"))
                .body("errors.field", hasItem(startsWith(member)));
    }

    private static String letters(int length) {
        return "Đ".repeat(length);
    }

    /** An upper-case code of exactly {@code length} characters, fresh each time. */
    private static String code(int length) {
        String fresh = "B"
                + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36)
                        .toUpperCase();
        return (fresh + "X".repeat(length)).substring(0, length);
    }

    /** A field with a code of {@code length} characters, so a value that long names something that exists. */
    private static String fieldWithCodeOf(int length) {
        String code = code(length);
        postAsState("/api/v1/fields", Map.of("code", code, "nameVi", "Lĩnh vực", "nameEn", "Field"))
                .statusCode(201);
        return code;
    }

    private static ValidatableResponse postAsState(String path, Object body) {
        return given().auth()
                .oauth2(TestTokens.state())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(path)
                .then();
    }

    private static ValidatableResponse getAsState(String path, String query, Object value) {
        return given().auth()
                .oauth2(TestTokens.state())
                .queryParam(query, value)
                .when()
                .get(path)
                .then();
    }

    @Test
    void bodyMembersTakeTheirDocumentedLengthAndCountAndRefuseOneMore() {
        holds(
                schema("CreateFieldRequest", "code", "maxLength"),
                "body.code",
                n -> postAsState("/api/v1/fields", Map.of("code", code(n), "nameVi", "Lĩnh vực", "nameEn", "Field")));
        holds(
                schema("CreateFieldRequest", "nameVi", "maxLength"),
                "body.nameVi",
                n -> postAsState("/api/v1/fields", Map.of("code", code(20), "nameVi", letters(n), "nameEn", "Field")));
        holds(schema("RegisterOrganizationRequest", "legalName", "maxLength"), "body.legalName", n -> {
            Map<String, Object> business = HostileRequests.business();
            business.put("legalName", letters(n));
            return postAsState(ORGS, business);
        });
        holds(schema("RegisterOrganizationRequest", "fieldCodes", "maxItems"), "body.fieldCodes", n -> {
            Map<String, Object> business = HostileRequests.business();
            business.put("fieldCodes", Collections.nCopies(n, "IT"));
            return postAsState(ORGS, business);
        });
        String longestCode =
                fieldWithCodeOf(bound(schema("RegisterOrganizationRequest", "fieldCodes", "items/maxLength")));
        holds(schema("RegisterOrganizationRequest", "fieldCodes", "items/maxLength"), "body.fieldCodes", n -> {
            Map<String, Object> business = HostileRequests.business();
            business.put("fieldCodes", List.of(n == longestCode.length() ? longestCode : code(n)));
            return postAsState(ORGS, business);
        });
        holds(
                schema("FieldCompetenciesRequest", "itemIds", "maxItems"),
                "body.itemIds",
                n -> given().auth()
                        .oauth2(TestTokens.state())
                        .contentType(ContentType.JSON)
                        .body(Map.of(
                                "itemIds",
                                Collections.nCopies(n, UUID.randomUUID().toString())))
                        .when()
                        .put("/api/v1/fields/NO_SUCH_FIELD/competencies")
                        .then());
    }

    @Test
    void pathAndQueryParametersTakeTheirDocumentedBoundsAndRefuseOneMore() {
        holds(
                parameter("/api/v1/fields/{code}", "get", "code", "maxLength"),
                "path.code",
                n -> given().when().get("/api/v1/fields/" + code(n)).then());
        holds(parameter(ORGS, "get", "q", "maxLength"), "query.q", n -> getAsState(ORGS, "q", letters(n)));
        holds(parameter(ORGS, "get", "size", "maximum"), "query.size", n -> getAsState(ORGS, "size", n));
        holds(
                parameter("/api/v1/courses", "get", "limit", "maximum"),
                "query.limit",
                n -> getAsState("/api/v1/courses", "limit", n));
        // No cursor of ours is that long, so only the refusal past the bound shows here.
        getAsState(
                        "/api/v1/courses",
                        "cursor",
                        "A".repeat(bound(parameter("/api/v1/courses", "get", "cursor", "maxLength")) + 1))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("query.cursor"));
        String search = "/api/v1/search/courses";
        String longestCode = fieldWithCodeOf(bound(parameter(search, "get", "field", "maxLength")));
        holds(
                parameter(search, "get", "field", "maxLength"),
                "query.field",
                n -> getAsState(search, "field", n == longestCode.length() ? longestCode : code(n)));
        holds(parameter(search, "get", "level", "maximum"), "query.level", n -> getAsState(search, "level", n));
        holds(parameter(search, "get", "size", "maximum"), "query.size", n -> getAsState(search, "size", n));
        holds(
                parameter("/ims/case/v1p1/CFDocuments", "get", "limit", "maximum"),
                "query.limit",
                n -> getAsState("/ims/case/v1p1/CFDocuments", "limit", n));
    }

    @Test
    void headersTakeTheirDocumentedLengthAndRefuseOneMore() {
        String key = parameter(ORGS, "post", "Idempotency-Key", "maxLength");
        holds(
                key,
                "header.Idempotency-Key",
                n -> given().auth()
                        .oauth2(TestTokens.state())
                        .header("Idempotency-Key", "k".repeat(n))
                        .contentType(ContentType.JSON)
                        .body(HostileRequests.business())
                        .when()
                        .post(ORGS)
                        .then());
        // If-Match names a version: at its bound it is read (and found stale or current), past it refused
        int ifMatch = bound(parameter("/api/v1/fields/{code}", "patch", "If-Match", "maxLength"));
        renameTourismIfMatch("\"".repeat(ifMatch - 1) + "1").body("type", not(equalTo(PROBLEMS + "invalid-if-match")));
        renameTourismIfMatch("\"".repeat(ifMatch) + "1")
                .statusCode(412)
                .contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "invalid-if-match"));
    }

    private static ValidatableResponse renameTourismIfMatch(String ifMatch) {
        return given().auth()
                .oauth2(TestTokens.state())
                .header("If-Match", ifMatch)
                .contentType(ContentType.JSON)
                .body(Map.of("nameEn", "Tourism"))
                .when()
                .patch("/api/v1/fields/TOURISM")
                .then();
    }

    @Test
    void syncRowsPastTheirDocumentedBoundsAreRejectedAloneNamingTheMember() {
        String school = Schools.register("Trường Cao đẳng Giới hạn", "HN").id();
        int title = bound(schema("CourseRow", "title", "maxLength"));
        int programs = bound(schema("CourseRow", "programSourcedIds", "maxItems"));
        List<String> tooMany = new ArrayList<>();
        for (int i = 0; i <= programs; i++) {
            tooMany.add("P-" + i);
        }
        var results = given().auth()
                .oauth2(TestTokens.school(school))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "courses",
                        List.of(
                                course("AT-LIMIT", letters(title), List.of()),
                                course("LONG-TITLE", letters(title + 1), List.of()),
                                course("MANY-PROGRAMS", "Lập trình", tooMany))))
                .when()
                .put("/api/v1/schools/" + school + "/curriculum")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("created", "rejected", "rejected"), results.getList("results.outcome"));
        assertTrue(results.getString("results[1].reason").contains("title"));
        assertTrue(results.getString("results[2].reason").contains("programSourcedIds"));
    }

    private static Map<String, Object> course(String sourcedId, String title, List<String> programs) {
        Map<String, Object> row = new HashMap<>();
        row.put("sourcedId", sourcedId);
        row.put("code", sourcedId);
        row.put("title", title);
        row.put("programSourcedIds", programs);
        row.put("status", "active");
        row.put("dateLastModified", "2026-09-01T00:00:00Z");
        return row;
    }

    @Test
    void casePropertiesPastTheirDocumentedLengthAreNamedByTheirJsonPath() {
        int statement = bound(schema("CFItem", "fullStatement", "maxLength"));
        ObjectNode atLimit = CasePackages.small();
        CasePackages.itemAt(atLimit, 0).put("fullStatement", letters(statement));
        postAsState("/ims/case/v1p1/CFPackages", atLimit.toString()).statusCode(201);
        ObjectNode past = CasePackages.small();
        CasePackages.itemAt(past, 0).put("fullStatement", letters(statement + 1));
        postAsState("/ims/case/v1p1/CFPackages", past.toString())
                .statusCode(422)
                .contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "invalid-case-package"))
                .body("errors.field", everyItem(equalTo("CFItems[0].fullStatement")));
    }
}
