package vn.practica.catalog;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import vn.practica.testkit.PrometheusText;
import vn.practica.testkit.TestTokens;

/** {@code /q/metrics} serves the outbox meters and HTTP timings by route template (docs/operations.md). */
@QuarkusTest
class MetricsTest {
    private static final String FIELDS = "/api/v1/fields";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String PUBLISHED = "practica_outbox_published_total";

    private static String scrape() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** Scrapes until {@code done} holds (the relay publishes after the commit), failing after a while. */
    private static String awaitScrape(Predicate<String> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        String latest = scrape();
        while (!done.test(latest)) {
            assertTrue(Instant.now().isBefore(deadline), latest);
            Thread.sleep(200);
            latest = scrape();
        }
        return latest;
    }

    private static String newCode() {
        return "METRICS_" + System.nanoTime() % 1_000_000_000L;
    }

    @Test
    void countsTheOutboxRowOfAWriteAsPublishedAndServesTheBacklogGauges() throws InterruptedException {
        double before = PrometheusText.valueOrZero(scrape(), PUBLISHED);

        given().auth()
                .oauth2(TestTokens.state())
                .contentType(ContentType.JSON)
                .body(Map.of("code", newCode(), "nameVi", "Đo lường", "nameEn", "Metrics"))
                .when()
                .post(FIELDS)
                .then()
                .statusCode(201);

        String scrape = awaitScrape(latest -> PrometheusText.valueOrZero(latest, PUBLISHED) > before);
        assertTrue(PrometheusText.value(scrape, "practica_outbox_pending_rows").isPresent(), scrape);
        assertTrue(
                PrometheusText.value(scrape, "practica_outbox_oldest_pending_age_seconds")
                        .isPresent(),
                scrape);
        assertTrue(PrometheusText.value(scrape, "practica_outbox_parked_rows").isPresent(), scrape);
        assertTrue(
                PrometheusText.value(scrape, "practica_outbox_publish_failures_total", "reason=\"transient\"")
                        .isPresent(),
                scrape);
    }

    @Test
    void labelsHttpTimingsWithTheRouteTemplateNeverTheIdInThePath() {
        String unknown = newCode();
        given().when().get(FIELDS + "/TOURISM").then().statusCode(200);
        given().when().get(FIELDS + "/" + unknown).then().statusCode(404);
        given().when().get("/no/such/" + unknown).then().statusCode(404);

        String scrape = scrape();

        assertTrue(
                PrometheusText.value(
                                scrape,
                                "http_server_requests_seconds_count",
                                "uri=\"/api/v1/fields/{code}\"",
                                "status=\"200\"")
                        .isPresent(),
                scrape);
        String requestLines = scrape.lines()
                .filter(line -> line.startsWith("http_server_requests"))
                .reduce("", (all, line) -> all + line + "\n");
        assertFalse(requestLines.contains("TOURISM"), requestLines);
        assertFalse(requestLines.contains(unknown), requestLines);
    }
}
