package vn.practica.catalog.curriculum.oneroster;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.practica.catalog.Schools;
import vn.practica.catalog.Schools.School;
import vn.practica.testkit.PrometheusText;
import vn.practica.testkit.TestTokens;

/** A OneRoster upload retried with its Idempotency-Key gets the first answer and syncs nothing again. */
@QuarkusTest
class OneRosterImportIdempotencyTest {
    private static final String KEY = "Idempotency-Key";
    private static final String REPLAYS = "practica_idempotency_replays_total";
    private static final String REFUSALS = "practica_idempotency_refusals_total";
    private static final String PROGRAMMING = "C-1,,,SY-2026,Lập trình Java,IT101,,ORG-1,IT,";
    private static final String DATABASES = "C-2,,,SY-2026,Cơ sở dữ liệu,IT102,,ORG-1,IT,";

    @Inject
    EntityManager em;

    private static ExtractableResponse<Response> upload(School school, String key, byte[] bundle) {
        return given().auth()
                .oauth2(TestTokens.school(school.id()))
                .header(KEY, key)
                .contentType("application/zip")
                .body(bundle)
                .when()
                .post("/api/v1/schools/" + school.id() + "/oneroster")
                .then()
                .extract();
    }

    private static BundleZip bulk(School school, String... courseLines) {
        return BundleZip.bundle().manifest("bulk", "bulk").orgs(school.code()).courses(courseLines);
    }

    private static double metric(String name, String... labels) {
        String scrape = given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return PrometheusText.valueOrZero(scrape, name, labels);
    }

    private long courseEvents(String schoolId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("select count(*) from outbox_event where aggregatetype"
                                        + " = 'course' and payload ->> 'schoolId' = ?1")
                                .setParameter(1, schoolId)
                                .getSingleResult())
                        .longValue());
    }

    @Test
    void aRetriedUploadReplaysTheFirstResultWithoutSyncingAgain() {
        School school = Schools.register("Trường Cao đẳng Du lịch Hà Nội", "HN");
        String key = UUID.randomUUID().toString();
        // built once: a zip carries its entries' times, so each build is another body
        byte[] bundle = bulk(school, PROGRAMMING, DATABASES).zip();
        var first = upload(school, key, bundle);
        assertEquals(200, first.statusCode(), first.body().asString());
        assertNull(first.header("Idempotent-Replayed"));
        assertEquals(2, first.jsonPath().getInt("created"));
        long events = courseEvents(school.id());
        double replays = metric(REPLAYS);

        var retry = upload(school, key, bundle);
        assertEquals(200, retry.statusCode());
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(first.body().asString(), retry.body().asString());
        assertEquals(events, courseEvents(school.id()));
        assertEquals(
                2,
                upload(school, UUID.randomUUID().toString(), bundle).jsonPath().getInt("unchanged"));
    }

    @Test
    void theSameKeyWithAnotherBundleIsRefusedAndSyncsNothing() {
        School school = Schools.register("Trường Đại học Hàng hải Việt Nam", "HP");
        String key = UUID.randomUUID().toString();
        assertEquals(200, upload(school, key, bulk(school, PROGRAMMING).zip()).statusCode());
        long events = courseEvents(school.id());
        double reused = metric(REFUSALS, "reason=\"reused\"");

        var other = upload(school, key, bulk(school, PROGRAMMING, DATABASES).zip());
        assertEquals(422, other.statusCode());
        assertEquals("https://practica.vn/problems/idempotency-key-reused", other.path("type"));
        assertEquals(events, courseEvents(school.id()));
        assertEquals(reused + 1, metric(REFUSALS, "reason=\"reused\""));
    }
}
