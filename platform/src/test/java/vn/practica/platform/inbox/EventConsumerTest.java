package vn.practica.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import vn.practica.events.CloudEventHeaders;
import vn.practica.platform.logging.LogContext;
import vn.practica.platform.testing.LogCapture;

/** Records no retry can fix are logged and skipped, so one bad record never stops a consumer. */
@QuarkusTest
class EventConsumerTest {
    private static final Duration PROMPTLY = Duration.ofSeconds(5);
    private static final Logger HANDLER_LOG = Logger.getLogger(EventConsumerTest.class);
    /** The example of the W3C Trace Context recommendation: a producer's span in a sampled trace. */
    private static final String PRODUCER_TRACE_ID = "0af7651916cd43dd8448eb211c80319c";

    private static final String PRODUCER_TRACEPARENT = "00-" + PRODUCER_TRACE_ID + "-b7ad6b7169203331-01";

    record Named(String name) {}

    @Inject
    EventConsumer consumer;

    private final AtomicInteger applied = new AtomicInteger();

    private final EventRoutes routes =
            new EventRoutes().on(EventRecords.TYPE::equals, Named.class, (data, event) -> applied.incrementAndGet());

    @Test
    void skipsAndLogsARecordWithoutARequiredHeader() {
        String eventId = EventRecords.newEventId();
        Map<String, String> headers = EventRecords.headers(eventId);
        headers.remove(CloudEventHeaders.SOURCE);

        String logged = consumeExpectingSkip(EventRecords.record(headers, EventRecords.DATA));

        assertTrue(logged.contains("missing header ce_source"), logged);
    }

    @Test
    void skipsAndLogsARecordWithAnUnreadableTime() {
        String eventId = EventRecords.newEventId();
        Map<String, String> headers = EventRecords.headers(eventId);
        headers.put(CloudEventHeaders.TIME, "yesterday");

        String logged = consumeExpectingSkip(EventRecords.record(headers, EventRecords.DATA));

        assertTrue(logged.contains("ce_time is not RFC 3339"), logged);
    }

    @Test
    void skipsAndLogsARecordWhoseDataDoesNotFitItsTypeWithoutKeepingItsInboxRow() {
        String eventId = EventRecords.newEventId();

        String logged =
                consumeExpectingSkip(EventRecords.record(EventRecords.headers(eventId), "[\"not\", \"named\"]"));

        assertTrue(logged.contains("data is not a Named"), logged);
        assertEquals(0, EventRecords.inboxRows(eventId));
    }

    @Test
    void appliesAWellFormedRecordThroughItsRoute() {
        String eventId = EventRecords.newEventId();

        consumer.consume(EventRecords.valid(eventId), routes);
        consumer.consume(EventRecords.valid(eventId), routes);

        assertEquals(1, applied.get());
        assertEquals(1, EventRecords.inboxRows(eventId));
    }

    @Test
    void linesLoggedWhileApplyingCarryTheEventAndTheProducersTrace() {
        String eventId = EventRecords.newEventId();
        Map<String, String> headers = EventRecords.headers(eventId);
        headers.put(CloudEventHeaders.TRACEPARENT, PRODUCER_TRACEPARENT);

        try (LogCapture log = LogCapture.of(EventConsumerTest.class)) {
            consumer.consume(EventRecords.record(headers, EventRecords.DATA), event -> HANDLER_LOG.info("applying"));

            ExtLogRecord line = log.records().get(0);
            assertEquals(eventId, line.getMdc(LogContext.EVENT_ID));
            assertEquals(EventRecords.TYPE, line.getMdc(LogContext.EVENT_TYPE));
            assertEquals(PRODUCER_TRACE_ID, line.getMdc("traceId"));
        }
        assertNull(MDC.get(LogContext.EVENT_ID), "the event leaves the MDC once applied");
        assertNull(MDC.get("traceId"), "and so does the consumer's span");
    }

    /** Consumes the record, which must return at once without applying it; returns the error logged. */
    private String consumeExpectingSkip(ConsumerRecord<String, String> record) {
        try (LogCapture log = LogCapture.of(EventConsumer.class)) {
            assertTimeoutPreemptively(PROMPTLY, () -> consumer.consume(record, routes));
            assertEquals(0, applied.get());
            assertEquals(1, log.errors().size(), log.errors().toString());
            return log.errors().get(0);
        }
    }
}
