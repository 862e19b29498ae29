package vn.practica.platform.outbox;

import java.util.Optional;
import java.util.UUID;
import vn.practica.platform.tracing.EventTraceContext;

/**
 * An outbox row not yet acknowledged by Kafka, with its place in the outbox; {@code traceparent} and
 * {@code tracestate} may be null.
 */
record PendingEvent(
        UUID id,
        String topic,
        String aggregateType,
        String key,
        String type,
        String source,
        String time,
        String payload,
        String traceparent,
        String tracestate,
        long seq) {

    /** Events of one aggregate on one topic share a key, hence a partition: their order must hold. */
    record Aggregate(String topic, String key) {}

    Aggregate aggregate() {
        return new Aggregate(topic, key);
    }

    /** The trace the row was written in; empty for rows written outside any span. */
    Optional<EventTraceContext> trace() {
        return EventTraceContext.of(traceparent, tracestate);
    }
}
