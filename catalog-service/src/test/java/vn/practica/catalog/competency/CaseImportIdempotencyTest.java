package vn.practica.catalog.competency;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.practica.catalog.CasePackages;
import vn.practica.testkit.TestTokens;

/** A CFPackage import retried with its Idempotency-Key gets the first answer (201), not a re-import (200). */
@QuarkusTest
class CaseImportIdempotencyTest {
    private static final String PACKAGES = "/ims/case/v1p1/CFPackages";

    private static ExtractableResponse<Response> importWithKey(ObjectNode pkg, String key) {
        return given().auth()
                .oauth2(TestTokens.state())
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(pkg.toString())
                .when()
                .post(PACKAGES)
                .then()
                .extract();
    }

    @Test
    void aRetriedImportReplaysTheCreatedAnswer() {
        ObjectNode pkg = CasePackages.small();
        String key = UUID.randomUUID().toString();
        var first = importWithKey(pkg, key);
        assertEquals(201, first.statusCode(), first.body().asString());
        var retry = importWithKey(pkg, key);
        assertEquals(201, retry.statusCode());
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.body().asString(), retry.body().asString());
        assertEquals(200, importWithKey(pkg, UUID.randomUUID().toString()).statusCode());
    }
}
