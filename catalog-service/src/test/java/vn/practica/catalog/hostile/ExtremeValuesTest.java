package vn.practica.catalog.hostile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.practica.catalog.hostile.HostileRequests.ORGS;
import static vn.practica.catalog.hostile.HostileRequests.PROBLEM;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.practica.catalog.CasePackages;
import vn.practica.catalog.Schools;
import vn.practica.testkit.TestTokens;

/** Ids that are not UUIDs, times outside any calendar we store, numbers that overflow: each a clean 4xx. */
@QuarkusTest
class ExtremeValuesTest {
    private static final String NOT_A_UUID = "------------------------------------";

    @Test
    void idsThatAreNotCanonicalUuidsAreA400OnEveryIdPath() {
        for (String path : List.of(
                ORGS + "/" + NOT_A_UUID,
                "/ims/case/v1p1/CFItems/" + NOT_A_UUID,
                "/ims/case/v1p1/CFPackages/1-2-3-4-5")) {
            given().auth()
                    .oauth2(TestTokens.state())
                    .when()
                    .get(path)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM);
        }
        given().auth()
                .oauth2(TestTokens.state())
                .contentType(ContentType.JSON)
                .body(Map.of("courses", List.of()))
                .when()
                .put("/api/v1/schools/" + NOT_A_UUID + "/curriculum")
                .then()
                .statusCode(400)
                .contentType(PROBLEM);
    }

    @Test
    void timesOutsideTheStorableRangeAreA400() {
        for (String since : List.of("+1000000000-01-01T00:00:00Z", "-4713-01-01T00:00:00Z")) {
            given().auth()
                    .oauth2(TestTokens.state())
                    .queryParam("updatedSince", since)
                    .when()
                    .get("/api/v1/courses")
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors.field", hasItem("query.updatedSince"));
        }
        String farCursor = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("+1000000000-01-01T00:00:00Z|00000000-0000-0000-0000-000000000000"
                        .getBytes(StandardCharsets.UTF_8));
        given().auth()
                .oauth2(TestTokens.state())
                .queryParam("cursor", farCursor)
                .when()
                .get("/api/v1/courses")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("query.cursor"));
    }

    @Test
    void pageNumbersThatWouldOverflowTheOffsetAreA400() {
        for (String path : List.of(ORGS, "/api/v1/search/courses", "/api/v1/search/programs")) {
            given().auth()
                    .oauth2(TestTokens.state())
                    .queryParam("page", Integer.MAX_VALUE)
                    .queryParam("size", 100)
                    .when()
                    .get(path)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM);
        }
    }

    @Test
    void aNullRowIsA400NamingIt() {
        String school = Schools.register("Trường Cao đẳng Biên", "HN").id();
        given().auth()
                .oauth2(TestTokens.school(school))
                .contentType(ContentType.JSON)
                .body("{\"courses\":[null]}")
                .when()
                .put("/api/v1/schools/" + school + "/curriculum")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("body.courses[0]"));
    }

    @Test
    void aFarFutureDateLastModifiedIsRejectedSoItCannotFreezeTheRow() {
        String school = Schools.register("Trường Cao đẳng Tương lai", "HN").id();
        Map<String, Object> future = new HashMap<>(ControlCharacterTest.course("C-FUTURE", "Học phần"));
        future.put("dateLastModified", "9999-12-31T23:59:59Z");
        Map<String, Object> soon = new HashMap<>(ControlCharacterTest.course("C-SOON", "Học phần"));
        soon.put("dateLastModified", Instant.now().plus(1, ChronoUnit.MINUTES).toString());
        given().auth()
                .oauth2(TestTokens.school(school))
                .contentType(ContentType.JSON)
                .body(Map.of("courses", List.of(future, soon)))
                .when()
                .put("/api/v1/schools/" + school + "/curriculum")
                .then()
                .statusCode(200)
                .body("results.find { it.sourcedId == 'C-FUTURE' }.outcome", equalTo("rejected"))
                .body("results.find { it.sourcedId == 'C-SOON' }.outcome", equalTo("created"));
    }

    @Test
    void caseTextLongEnoughToMakeAnOversizedEventIsRefused() {
        ObjectNode pkg = CasePackages.small();
        CasePackages.itemAt(pkg, 0).put("fullStatement", "Đ".repeat(1 << 20));
        given().auth()
                .oauth2(TestTokens.state())
                .contentType(ContentType.JSON)
                .body(pkg.toString())
                .when()
                .post("/ims/case/v1p1/CFPackages")
                .then()
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("CFItems[0].fullStatement"));
    }
}
