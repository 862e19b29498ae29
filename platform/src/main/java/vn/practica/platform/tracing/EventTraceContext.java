package vn.practica.platform.tracing;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import vn.practica.events.CloudEventHeaders;

/**
 * The W3C trace context an event carries (CloudEvents Distributed Tracing extension): {@code traceparent} and
 * an optional {@code tracestate}. Always W3C, whatever propagators the service configures, as the extension
 * defines it so.
 */
public record EventTraceContext(String traceparent, String tracestate) {
    /**
     * Longest {@code tracestate} kept (the outbox column's size). W3C asks to propagate at least 512 characters
     * and allows dropping entries beyond that; a longer one is dropped whole, never failing the write.
     */
    static final int MAX_TRACESTATE = 512;

    private static final String TRACEPARENT = "traceparent";
    private static final String TRACESTATE = "tracestate";

    private static final TextMapGetter<Map<String, String>> MAP_GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    /** The context of the span active now; empty when none is (a migration, a job that runs outside a span). */
    public static Optional<EventTraceContext> current() {
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return of(carrier.get(TRACEPARENT), carrier.get(TRACESTATE));
    }

    /** From stored or received values; empty without a {@code traceparent}. */
    public static Optional<EventTraceContext> of(String traceparent, String tracestate) {
        if (traceparent == null || traceparent.isBlank()) {
            return Optional.empty();
        }
        boolean keepState = tracestate != null && !tracestate.isBlank() && tracestate.length() <= MAX_TRACESTATE;
        return Optional.of(new EventTraceContext(traceparent, keepState ? tracestate : null));
    }

    /** Read from a record's {@code ce_traceparent} and {@code ce_tracestate} headers. */
    public static Optional<EventTraceContext> fromHeaders(Headers headers) {
        return of(header(headers, CloudEventHeaders.TRACEPARENT), header(headers, CloudEventHeaders.TRACESTATE));
    }

    /** Writes the {@code ce_traceparent} header, and {@code ce_tracestate} when there is one. */
    public void addTo(Headers headers) {
        headers.add(CloudEventHeaders.TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
        if (tracestate != null) {
            headers.add(CloudEventHeaders.TRACESTATE, tracestate.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * The remote span this context names, as a parent for spans that continue the trace. A malformed value gives
     * a context without a span, so a span started under it begins a new trace instead of failing.
     */
    public Context asParent() {
        Map<String, String> carrier = new HashMap<>();
        carrier.put(TRACEPARENT, traceparent);
        if (tracestate != null) {
            carrier.put(TRACESTATE, tracestate);
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), carrier, MAP_GETTER);
    }

    /** A header's text; null when it is missing or has no value (a relay may write a null column so). */
    static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
