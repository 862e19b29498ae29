package vn.practica.reporting.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.practica.events.Topics;
import vn.practica.testkit.PrometheusText;
import vn.practica.testkit.SampleEvents;
import vn.practica.testkit.SampleEvents.SampleEvent;

/** The consumer counters at {@code /q/metrics} move as catalog events are applied, redelivered or malformed. */
@QuarkusTest
class ConsumerMetricsTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String APPLIED = "practica_events_applied_total";
    private static final String CREATED = "type=\"vn.practica.catalog.field.created.v1\"";
    private static final String DUPLICATES = "practica_events_duplicates_total";
    private static final String MALFORMED = "practica_events_malformed_total";

    private static String scrape() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static SampleEvent created() {
        String code = "M"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        return SampleEvents.sample("catalog/field.created.v1.json", code, Map.of("code", code));
    }

    @Test
    void countsAnAppliedEventByTypeAndItsRedeliveryAsADuplicate() {
        String before = scrape();
        SampleEvent creation = created();

        SampleEvents.send(Topics.CATALOG, creation, creation);

        await().atMost(PATIENCE).until(() -> {
            String after = scrape();
            return moved(before, after, APPLIED, CREATED) && moved(before, after, DUPLICATES);
        });
    }

    @Test
    void countsAppliedPlacementEventsOfABatchAndTheirRedeliveries() {
        String before = scrape();
        UUID offer = UUID.randomUUID();
        SampleEvent published = SampleEvents.sample(
                "placement/offer.published.v1.json", offer.toString(), Map.of("offerId", offer.toString()));

        SampleEvents.send(Topics.PLACEMENT, published, published);

        await().atMost(PATIENCE).until(() -> {
            String after = scrape();
            return moved(before, after, APPLIED, "type=\"vn.practica.placement.offer.published.v1\"")
                    && moved(before, after, DUPLICATES);
        });
    }

    @Test
    void countsAMalformedRecord() {
        String before = scrape();

        SampleEvents.send(Topics.CATALOG, created().withValue("{not json"));

        await().atMost(PATIENCE).until(() -> moved(before, scrape(), MALFORMED));
    }

    @Test
    void servesTheKafkaClientLagOfTheConsumer() {
        SampleEvents.send(Topics.CATALOG, created());

        // Per-partition records_lag{topic,partition} is bound on Micrometer's periodic re-scan of the client's
        // metrics (every minute); the client-level maximum exists from the start.
        String scrape = scrape();
        assertTrue(
                PrometheusText.value(
                                scrape,
                                "kafka_consumer_fetch_manager_records_lag_max",
                                "client_id=\"kafka-consumer-catalog-events\"")
                        .isPresent(),
                scrape);
    }

    private static boolean moved(String before, String after, String name, String... labels) {
        return PrometheusText.valueOrZero(after, name, labels) > PrometheusText.valueOrZero(before, name, labels);
    }
}
