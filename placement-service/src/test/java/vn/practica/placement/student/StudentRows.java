package vn.practica.placement.student;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.practica.testkit.TestTokens;

/** Rows a school's SIS sends, and the registration call, for the student tests. */
final class StudentRows {
    static final String PROGRAM = "HUST-DS-2026";

    private StudentRows() {}

    static String path(UUID schoolId) {
        return "/api/v1/schools/" + schoolId + "/students";
    }

    /** A valid row: a third-year student with a login and the given interests. */
    static Map<String, Object> row(String sourcedId, String... fields) {
        Map<String, Object> row = new HashMap<>();
        row.put("sourcedId", sourcedId);
        row.put("programSourcedId", PROGRAM);
        row.put("yearOfStudy", 3);
        row.put("givenName", "An");
        row.put("familyName", "Nguyễn Văn");
        row.put("email", sourcedId.toLowerCase() + "@sv.hust.edu.vn");
        row.put("phone", "+84 912 345 678");
        row.put("loginSubject", "login-" + UUID.randomUUID());
        row.put("fieldInterests", List.of(fields));
        return row;
    }

    /** The same row with one member changed (or removed, for a null value). */
    static Map<String, Object> with(Map<String, Object> row, String member, Object value) {
        Map<String, Object> changed = new HashMap<>(row);
        changed.put(member, value);
        return changed;
    }

    static Map<String, Object> body(List<?> rows) {
        Map<String, Object> body = new HashMap<>();
        body.put("students", rows);
        return body;
    }

    /** Registers as the school itself and expects 200. */
    static JsonPath register(UUID schoolId, List<?> rows) {
        return given().auth()
                .oauth2(TestTokens.school(schoolId.toString()))
                .contentType(ContentType.JSON)
                .body(body(rows))
                .when()
                .put(path(schoolId))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
