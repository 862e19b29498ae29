package vn.practica.catalog;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import vn.practica.testkit.TestTokens;

/** Schools registered (and verified) through the directory API, each with a fresh ministry institution code. */
public final class Schools {
    private Schools() {}

    /** A registered school: its directory id and its ministry code. */
    public record School(String id, String code) {}

    /** A school registered and verified by the State, so it may publish a curriculum. */
    public static School register(String legalName, String province) {
        School school = registerPending(legalName, province);
        given().auth()
                .oauth2(TestTokens.state())
                .when()
                .post("/api/v1/organizations/" + school.id() + "/verify")
                .then()
                .statusCode(200);
        return school;
    }

    /** A school registered but not yet verified by the State. */
    public static School registerPending(String legalName, String province) {
        String code = "S" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
        String id = given().auth()
                .oauth2(TestTokens.state())
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "SCHOOL",
                        "identifier",
                        code,
                        "legalName",
                        legalName + " " + code,
                        "shortName",
                        "School " + code,
                        "provinceCode",
                        province,
                        "contactEmail",
                        "daotao@example.edu.vn"))
                .when()
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return new School(id, code);
    }
}
