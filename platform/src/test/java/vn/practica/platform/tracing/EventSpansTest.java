package vn.practica.platform.tracing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.practica.events.CloudEventHeaders;
import vn.practica.platform.inbox.EventConsumer;
import vn.practica.platform.inbox.IncomingEvent;
import vn.practica.platform.inbox.MalformedEventException;
import vn.practica.platform.outbox.Outbox;
import vn.practica.platform.outbox.OutboxEvent;
import vn.practica.platform.outbox.OutboxRelay;
import vn.practica.platform.security.Roles;
import vn.practica.platform.testing.PlatformTestResource;
import vn.practica.platform.testing.SpanRecorder;
import vn.practica.platform.testing.TestDatabase;
import vn.practica.platform.testing.TestKafka;
import vn.practica.platform.testing.TestTokens;

/**
 * One trace from the HTTP request that writes an event, through its outbox row, the relay's send and the
 * Kafka record, to the consumer's transaction; a row written outside any span starts a new trace.
 */
@QuarkusTest
class EventSpansTest {
    private static final String ORG = "ORG-TRACE";
    /** The connector's consumer owns its partition a few seconds after boot. */
    private static final Duration CONNECTOR_WAIT = Duration.ofSeconds(30);

    @Inject
    InMemorySpanExporter spans;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    EventConsumer consumer;

    @Inject
    TracedEventsListener listener;

    /** What the consumer's handler saw inside its transaction. */
    private final AtomicReference<SpanContext> spanInTransaction = new AtomicReference<>();

    private final AtomicBoolean transactionActive = new AtomicBoolean();

    @BeforeEach
    void emptyOutboxAndSpans() {
        TestDatabase.update("delete from outbox_event");
        spans.reset();
    }

    @Test
    void consumerAppliesTheEventInsideTheTraceOfTheRequestThatWroteIt() {
        String topic = TestKafka.newTopic("traces");

        String eventId = writeEventOverHttp(topic);
        relay.publishPending();
        ConsumerRecord<String, String> record = onlyRecord(topic);
        consumer.consume(record, this::recordSpanInTransaction);

        String traceparent = rowTraceparent(eventId);
        SpanData request = SpanRecorder.await(
                spans, span -> span.getKind() == SpanKind.SERVER && traceparent.contains(span.getTraceId()));
        SpanData send = eventSpan(SpanKind.PRODUCER, eventId);
        SpanData process = eventSpan(SpanKind.CONSUMER, eventId);
        assertEquals("00-" + request.getTraceId() + "-" + request.getSpanId() + "-01", traceparent);
        assertEquals(traceparent, TestKafka.header(record, CloudEventHeaders.TRACEPARENT));

        assertEquals(request.getTraceId(), send.getTraceId());
        assertEquals(request.getSpanId(), send.getParentSpanId());
        assertEquals(request.getTraceId(), process.getTraceId());
        assertEquals(request.getSpanId(), process.getParentSpanId());
        assertTrue(process.getParentSpanContext().isRemote(), "the consumer's parent comes from the record");
        assertEquals(process.getSpanContext(), spanInTransaction.get());
        assertTrue(transactionActive.get());
    }

    @Test
    void listenerOnTheKafkaConnectorAppliesTheEventInsideTheTraceOfTheRequestThatWroteIt() {
        String eventId = writeEventOverHttp(PlatformTestResource.CONNECTOR_TOPIC);
        relay.publishPending();

        TracedEventsListener.Applied applied = awaitApplied(eventId);
        String traceparent = rowTraceparent(eventId);
        SpanData request = SpanRecorder.await(
                spans, span -> span.getKind() == SpanKind.SERVER && traceparent.contains(span.getTraceId()));
        SpanData process = eventSpan(SpanKind.CONSUMER, eventId);
        assertEquals(request.getSpanId(), process.getParentSpanId());
        assertEquals(process.getSpanContext(), applied.span());
        assertTrue(applied.inTransaction());
        assertEquals(request.getTraceId(), applied.mdcTraceId());
        // Neither the connector nor Quarkus' messaging instrumentation made a span of its own for the record:
        // besides HTTP server spans, every span is one of ours.
        List<SpanData> others = spans.getFinishedSpanItems().stream()
                .filter(span -> span.getKind() != SpanKind.SERVER)
                .filter(span -> !EventSpans.INSTRUMENTATION.equals(
                        span.getInstrumentationScopeInfo().getName()))
                .toList();
        assertEquals(List.of(), others);
    }

    @Test
    void sendAndProcessSpansNameTheTopicAndTheCloudEvent() {
        String topic = TestKafka.newTopic("span-attributes");

        String eventId = writeEventOverHttp(topic);
        relay.publishPending();
        consumer.consume(onlyRecord(topic), this::recordSpanInTransaction);

        SpanData send = eventSpan(SpanKind.PRODUCER, eventId);
        SpanData process = eventSpan(SpanKind.CONSUMER, eventId);
        assertEquals("send " + topic, send.getName());
        assertEquals("process " + topic, process.getName());
        for (SpanData span : List.of(send, process)) {
            assertEquals("kafka", span.getAttributes().get(EventSpans.SYSTEM));
            assertEquals(topic, span.getAttributes().get(EventSpans.DESTINATION));
            assertEquals(eventId, span.getAttributes().get(EventSpans.EVENT_ID));
            assertEquals(TracedWriteResource.TYPE, span.getAttributes().get(EventSpans.EVENT_TYPE));
            assertEquals(TracedWriteResource.AGGREGATE_ID, span.getAttributes().get(EventSpans.MESSAGE_KEY));
            assertEquals("0", span.getAttributes().get(EventSpans.PARTITION));
            assertEquals(0L, span.getAttributes().get(EventSpans.OFFSET));
        }
        assertEquals("send", send.getAttributes().get(EventSpans.OPERATION_TYPE));
        assertEquals("process", process.getAttributes().get(EventSpans.OPERATION_TYPE));
    }

    @Test
    void eventWrittenOutsideAnySpanStartsANewTraceAtItsConsumer() {
        String topic = TestKafka.newTopic("untraced");
        assertFalse(Span.current().getSpanContext().isValid(), "the test thread runs outside any span");

        UUID eventId = QuarkusTransaction.requiringNew()
                .call(() -> outbox.append(new OutboxEvent(topic, "thing", "U1", TracedWriteResource.TYPE, Map.of())));
        relay.publishPending();
        ConsumerRecord<String, String> record = onlyRecord(topic);
        consumer.consume(record, this::recordSpanInTransaction);

        assertNull(rowTraceparent(eventId.toString()));
        assertNull(TestKafka.header(record, CloudEventHeaders.TRACEPARENT));
        SpanData process = eventSpan(SpanKind.CONSUMER, eventId.toString());
        assertFalse(process.getParentSpanContext().isValid(), "a root span");
        assertTrue(process.getSpanContext().isValid());
        assertEquals(process.getSpanContext(), spanInTransaction.get());
        assertTrue(spans.getFinishedSpanItems().stream()
                .noneMatch(span -> span.getKind() == SpanKind.PRODUCER && isOf(span, eventId.toString())));
    }

    @Test
    void eachRequestsEventsJoinThatRequestsTraceOnly() {
        String topic = TestKafka.newTopic("two-requests");

        writeEventOverHttp(topic);
        writeEventOverHttp(topic);
        relay.publishPending();
        List<ConsumerRecord<String, String>> records = TestKafka.readAll(topic);

        assertEquals(2, records.size());
        assertNotEquals(
                traceId(TestKafka.header(records.get(0), CloudEventHeaders.TRACEPARENT)),
                traceId(TestKafka.header(records.get(1), CloudEventHeaders.TRACEPARENT)));
    }

    @Test
    void consumerSpanRecordsEveryFailedAttemptOfAnEventItRetried() {
        String eventId = UUID.randomUUID().toString();
        AtomicBoolean failedOnce = new AtomicBoolean();

        consumer.consume(recordOf(eventId, "{}"), event -> {
            if (!failedOnce.getAndSet(true)) {
                throw new IllegalStateException("database went away mid-transaction");
            }
        });

        SpanData process = eventSpan(SpanKind.CONSUMER, eventId);
        assertEquals(1, process.getEvents().size(), process.getEvents().toString());
        assertEquals("exception", process.getEvents().get(0).getName());
        assertEquals(StatusCode.UNSET, process.getStatus().getStatusCode(), "applied in the end");
    }

    @Test
    void consumerSpanOfAnEventWhoseDataDoesNotFitItsTypeIsFailed() {
        String eventId = UUID.randomUUID().toString();

        consumer.consume(recordOf(eventId, "[]"), event -> {
            throw new MalformedEventException("event " + event.id() + " data is not a thing");
        });

        assertEquals(
                StatusCode.ERROR,
                eventSpan(SpanKind.CONSUMER, eventId).getStatus().getStatusCode());
    }

    /** A record as the relay writes it, without trace context. */
    private static ConsumerRecord<String, String> recordOf(String eventId, String data) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("practica.test.spans", 0, 0L, "T1", data);
        Map.of(
                        CloudEventHeaders.ID,
                        eventId,
                        CloudEventHeaders.SOURCE,
                        "/practica/platform-test",
                        CloudEventHeaders.TYPE,
                        TracedWriteResource.TYPE,
                        CloudEventHeaders.SPEC_VERSION,
                        CloudEventHeaders.SPEC_VERSION_1_0)
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private TracedEventsListener.Applied awaitApplied(String eventId) {
        Instant deadline = Instant.now().plus(CONNECTOR_WAIT);
        while (Instant.now().isBefore(deadline)) {
            Optional<TracedEventsListener.Applied> applied = listener.applied(eventId);
            if (applied.isPresent()) {
                return applied.get();
            }
            pause();
        }
        throw new AssertionError("the connector did not deliver event " + eventId + " within " + CONNECTOR_WAIT);
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private SpanData eventSpan(SpanKind kind, String eventId) {
        return SpanRecorder.await(spans, span -> span.getKind() == kind && isOf(span, eventId));
    }

    private static boolean isOf(SpanData span, String eventId) {
        return eventId.equals(span.getAttributes().get(EventSpans.EVENT_ID));
    }

    private void recordSpanInTransaction(IncomingEvent event) {
        spanInTransaction.set(Span.current().getSpanContext());
        transactionActive.set(QuarkusTransaction.isActive());
    }

    private static String writeEventOverHttp(String topic) {
        return given().auth()
                // each write its own organization: the test app's write budget is 3 per caller (rate limits)
                .oauth2(TestTokens.of(Roles.STATE, ORG + "-" + UUID.randomUUID()))
                .when()
                .post("/platform-test/traced/{topic}", topic)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private static ConsumerRecord<String, String> onlyRecord(String topic) {
        List<ConsumerRecord<String, String>> records = TestKafka.readAll(topic);
        assertEquals(1, records.size());
        return records.get(0);
    }

    private static String rowTraceparent(String eventId) {
        return (String)
                TestDatabase.single("select traceparent from outbox_event where id = ?", UUID.fromString(eventId));
    }

    private static String traceId(String traceparent) {
        return traceparent.split("-")[1];
    }
}
