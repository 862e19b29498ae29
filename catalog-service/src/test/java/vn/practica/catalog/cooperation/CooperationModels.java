package vn.practica.catalog.cooperation;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import vn.practica.testkit.TestTokens;

/** Named request bodies and calls for the cooperation model tests. */
final class CooperationModels {
    static final String MODELS = "/api/v1/cooperation-models";
    static final String PROBLEM = "application/problem+json";
    static final String PROBLEMS = "https://practica.vn/problems/";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private CooperationModels() {}

    static String newCode() {
        return "COOP_" + System.nanoTime() % 1_000_000_000L + "_" + SEQ.incrementAndGet();
    }

    static Map<String, Object> clause(String key) {
        return new LinkedHashMap<>(Map.of(
                "key", key,
                "textVi", "Doanh nghiệp hướng dẫn sinh viên về an toàn lao động trước khi bắt đầu.",
                "textEn", "The business instructs the student in occupational safety before the work begins."));
    }

    static Map<String, Object> area(String code, Integer weight) {
        Map<String, Object> area = new LinkedHashMap<>();
        area.put("code", code);
        area.put("nameVi", "Kỹ năng thực hành nghề nghiệp");
        area.put("nameEn", "Practical professional skills");
        if (weight != null) {
            area.put("weight", weight);
        }
        return area;
    }

    /** The terms of a short data-analytics project model; a revision body as it stands. */
    static Map<String, Object> terms() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nameVi", "Dự án phân tích dữ liệu ngắn hạn");
        body.put("nameEn", "Short data analytics project");
        body.put("descriptionVi", "Sinh viên phân tích bộ dữ liệu thật của doanh nghiệp trong một học phần.");
        body.put("descriptionEn", "Students analyse a real data set of the business within a course.");
        body.put("contributionKinds", new ArrayList<>(List.of("REAL_PROJECT", "RESOURCE")));
        body.put("minHours", 30);
        body.put("maxHours", 120);
        body.put("clauses", new ArrayList<>(List.of(clause("occupational-safety"), clause("personal-data"))));
        body.put("evaluationAreas", new ArrayList<>(List.of(area("PRACTICAL_SKILLS", 70), area("TEAMWORK", null))));
        return body;
    }

    /** A creation body: {@code code} and {@link #terms()}. */
    static Map<String, Object> model(String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.putAll(terms());
        return body;
    }

    static ValidatableResponse create(String token, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(MODELS)
                .then();
    }

    static void create(String code) {
        create(TestTokens.state(), model(code)).statusCode(201);
    }

    static ValidatableResponse revise(String token, String code, String ifMatch, Map<String, Object> body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put(MODELS + "/" + code).then();
    }

    static ValidatableResponse retire(String token, String code, String ifMatch) {
        var request = given().auth().oauth2(token);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post(MODELS + "/" + code + "/retire").then();
    }

    static ValidatableResponse read(String path) {
        return given().auth()
                .oauth2(TestTokens.school("HUST"))
                .when()
                .get(MODELS + path)
                .then();
    }
}
