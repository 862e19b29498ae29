package vn.practica.platform.logging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.logging.json.runtime.JsonFormatter;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import vn.practica.platform.security.Roles;
import vn.practica.platform.testing.LogCapture;
import vn.practica.platform.testing.SpanRecorder;
import vn.practica.platform.testing.TestKafka;
import vn.practica.platform.testing.TestTokens;
import vn.practica.platform.tracing.TracedWriteResource;

/**
 * Lines logged while serving a request carry its trace id and, once the caller is authenticated, the caller's
 * organization. Checked on the JSON line that {@code quarkus.log.console.json.enabled=true} writes: the same
 * formatter, applied to the record as it was logged.
 */
@QuarkusTest
class CallerLogContextFilterTest {
    private static final String ORG = "ORG-LOGS";

    @Inject
    InMemorySpanExporter spans;

    @Inject
    ObjectMapper json;

    @Test
    void jsonLineOfAnAuthenticatedRequestCarriesItsTraceIdAndTheCallersOrganization() throws Exception {
        String topic = TestKafka.newTopic("log-context");
        try (LogCapture log = LogCapture.of(TracedWriteResource.class)) {
            given().auth()
                    .oauth2(TestTokens.of(Roles.SCHOOL, ORG))
                    .when()
                    .post("/platform-test/traced/{topic}", topic)
                    .then()
                    .statusCode(200);

            JsonNode mdc = jsonLine(onlyRecord(log)).path("mdc");
            assertEquals(ORG, mdc.path(LogContext.ORGANIZATION).asText());
            assertTrue(mdc.path("spanId").asText().matches("[0-9a-f]{16}"), mdc.toString());
            assertEquals(
                    serverSpanOfTrace(mdc.path("traceId").asText()).getSpanId(),
                    mdc.path("spanId").asText());
        }
    }

    @Test
    void jsonLineOfAnAnonymousRequestCarriesItsTraceIdButNoOrganization() throws Exception {
        try (LogCapture log = LogCapture.of(TracedWriteResource.class)) {
            given().when().get("/platform-test/traced/ping").then().statusCode(200);

            JsonNode mdc = jsonLine(onlyRecord(log)).path("mdc");
            assertTrue(mdc.path(LogContext.ORGANIZATION).isMissingNode(), mdc.toString());
            assertEquals(
                    SpanKind.SERVER,
                    serverSpanOfTrace(mdc.path("traceId").asText()).getKind());
        }
    }

    private SpanData serverSpanOfTrace(String traceId) {
        return SpanRecorder.await(
                spans,
                span -> span.getKind() == SpanKind.SERVER && span.getTraceId().equals(traceId));
    }

    private JsonNode jsonLine(ExtLogRecord record) throws Exception {
        return json.readTree(new JsonFormatter().format(record));
    }

    private static ExtLogRecord onlyRecord(LogCapture log) {
        assertEquals(1, log.records().size(), log.records().toString());
        return log.records().get(0);
    }
}
