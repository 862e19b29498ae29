package vn.practica.catalog.hostile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static vn.practica.catalog.hostile.HostileRequests.ORGS;
import static vn.practica.catalog.hostile.HostileRequests.PROBLEM;
import static vn.practica.catalog.hostile.HostileRequests.PROBLEMS;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.practica.catalog.CasePackages;
import vn.practica.catalog.Schools;
import vn.practica.testkit.TestTokens;

/** NUL and other control characters are refused where they enter; a bulk row with one is rejected alone. */
@QuarkusTest
class ControlCharacterTest {
    private static final String NUL = "\u0000";

    @Test
    void aNulInABodyFieldIsA400NamingTheField() {
        Map<String, Object> body = HostileRequests.business();
        body.put("legalName", "Công ty" + NUL + "Độc hại");
        given().auth()
                .oauth2(TestTokens.state())
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(ORGS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo(PROBLEMS + "invalid-request"))
                .body("errors.field", hasItem("body.legalName"));
    }

    @Test
    void controlCharactersInQueryParametersAreRefusedOnEveryEndpoint() {
        for (String path : List.of(ORGS, "/api/v1/search/courses", "/api/v1/search/competency-items")) {
            given().auth()
                    .oauth2(TestTokens.state())
                    .queryParam("q", "cảng" + NUL)
                    .when()
                    .get(path)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors.field", hasItem("query.q"));
        }
    }

    @Test
    void aCurriculumRowWithANulIsRejectedAloneAndTheOtherRowsApply() {
        String school = Schools.register("Trường Đại học Kiểm thử", "HN").id();
        Map<String, Object> good = course("C-GOOD", "Lập trình Java");
        Map<String, Object> bad = course("C-BAD", "Lập trình" + NUL);
        given().auth()
                .oauth2(TestTokens.school(school))
                .contentType(ContentType.JSON)
                .body(Map.of("courses", List.of(good, bad)))
                .when()
                .put("/api/v1/schools/" + school + "/curriculum")
                .then()
                .statusCode(200)
                .body("results.find { it.sourcedId == 'C-GOOD' }.outcome", equalTo("created"))
                .body("results.find { it.sourcedId == 'C-BAD' }.outcome", equalTo("rejected"));
    }

    @Test
    void controlCharactersInCaseTextAreListedByJsonPath() {
        ObjectNode pkg = CasePackages.small();
        CasePackages.itemAt(pkg, 0).put("fullStatement", "Phân tích dữ liệu\u0007");
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

    static Map<String, Object> course(String sourcedId, String title) {
        return Map.of(
                "sourcedId",
                sourcedId,
                "code",
                "IT" + Math.abs(sourcedId.hashCode() % 1000),
                "title",
                title,
                "status",
                "active",
                "dateLastModified",
                "2026-09-01T00:00:00Z");
    }
}
