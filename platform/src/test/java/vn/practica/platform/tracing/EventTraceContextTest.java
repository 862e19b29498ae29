package vn.practica.platform.tracing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.util.Optional;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import vn.practica.events.CloudEventHeaders;

class EventTraceContextTest {
    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private static final String SPAN_ID = "b7ad6b7169203331";
    private static final String TRACEPARENT = "00-" + TRACE_ID + "-" + SPAN_ID + "-01";
    private static final String TRACESTATE = "congo=t61rcWkgMzE";

    @Test
    void travelsThroughKafkaHeadersWithItsTracestate() {
        RecordHeaders headers = new RecordHeaders();

        EventTraceContext.of(TRACEPARENT, TRACESTATE).orElseThrow().addTo(headers);

        assertEquals(
                Optional.of(new EventTraceContext(TRACEPARENT, TRACESTATE)), EventTraceContext.fromHeaders(headers));
    }

    @Test
    void namesTheProducersSpanAsARemoteParent() {
        SpanContext parent = Span.fromContext(new EventTraceContext(TRACEPARENT, TRACESTATE).asParent())
                .getSpanContext();

        assertEquals(TRACE_ID, parent.getTraceId());
        assertEquals(SPAN_ID, parent.getSpanId());
        assertTrue(parent.isRemote());
        assertTrue(parent.isSampled());
        assertEquals("t61rcWkgMzE", parent.getTraceState().get("congo"));
    }

    @Test
    void givesNoParentForAMalformedTraceparentSoTheConsumerStartsANewTrace() {
        SpanContext parent = Span.fromContext(new EventTraceContext("00-not-a-trace-01", null).asParent())
                .getSpanContext();

        assertFalse(parent.isValid());
    }

    @Test
    void isAbsentWithoutATraceparent() {
        assertEquals(Optional.empty(), EventTraceContext.of(null, TRACESTATE));
        assertEquals(Optional.empty(), EventTraceContext.fromHeaders(new RecordHeaders()));
    }

    @Test
    void readsAHeaderWithoutAValueAsAbsent() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.TRACEPARENT, null);

        assertEquals(Optional.empty(), EventTraceContext.fromHeaders(headers));
    }

    @Test
    void dropsATracestateLongerThanTheOutboxColumnRatherThanFailTheWrite() {
        String tooLong = "v=" + "x".repeat(EventTraceContext.MAX_TRACESTATE - 1);

        assertNull(EventTraceContext.of(TRACEPARENT, tooLong).orElseThrow().tracestate());
    }

    @Test
    void isAbsentOutsideAnySpan() {
        assertEquals(Optional.empty(), EventTraceContext.current());
    }
}
