package vn.practica.platform.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Headers;
import vn.practica.events.CloudEventHeaders;

/**
 * Spans of an event's trip: the relay's send (PRODUCER) and the consumer's processing (CONSUMER), named and
 * attributed after the OpenTelemetry messaging and CloudEvents semantic conventions. Both take their parent
 * from the event's own trace context only, never from whatever span is current on the thread, so a Kafka
 * client instrumentation cannot put them in another trace.
 */
@ApplicationScoped
public class EventSpans {
    static final String INSTRUMENTATION = "vn.practica.platform";

    static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("messaging.system");
    static final AttributeKey<String> OPERATION_TYPE = AttributeKey.stringKey("messaging.operation.type");
    static final AttributeKey<String> OPERATION_NAME = AttributeKey.stringKey("messaging.operation.name");
    static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");
    static final AttributeKey<String> PARTITION = AttributeKey.stringKey("messaging.destination.partition.id");
    static final AttributeKey<String> MESSAGE_KEY = AttributeKey.stringKey("messaging.kafka.message.key");
    static final AttributeKey<Long> OFFSET = AttributeKey.longKey("messaging.kafka.offset");
    static final AttributeKey<String> EVENT_ID = AttributeKey.stringKey("cloudevents.event_id");
    static final AttributeKey<String> EVENT_SOURCE = AttributeKey.stringKey("cloudevents.event_source");
    static final AttributeKey<String> EVENT_TYPE = AttributeKey.stringKey("cloudevents.event_type");
    static final AttributeKey<String> EVENT_SUBJECT = AttributeKey.stringKey("cloudevents.event_subject");

    private static final String KAFKA = "kafka";
    private static final String SEND = "send";
    private static final String PROCESS = "process";

    private final Tracer tracer;

    EventSpans(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer(INSTRUMENTATION);
    }

    /** Starts the span of sending {@code record}, a child of the span that wrote its outbox row. */
    public Span startSend(ProducerRecord<String, byte[]> record, EventTraceContext written) {
        return tracer.spanBuilder(SEND + " " + record.topic())
                .setSpanKind(SpanKind.PRODUCER)
                .setParent(written.asParent())
                .setAllAttributes(attributes(SEND, record.topic(), record.key(), record.headers())
                        .build())
                .startSpan();
    }

    /** Ends a send span with where Kafka stored the record. */
    public static void sent(Span span, RecordMetadata stored) {
        span.setAttribute(PARTITION, String.valueOf(stored.partition()));
        if (stored.hasOffset()) {
            span.setAttribute(OFFSET, stored.offset());
        }
        span.end();
    }

    /**
     * Starts the span of applying {@code record}'s event: a child of the producer's span when the record carries
     * {@code ce_traceparent}, otherwise the root of a new trace (a row written outside any span).
     */
    public Span startProcess(ConsumerRecord<String, String> record) {
        Context parent = EventTraceContext.fromHeaders(record.headers())
                .map(EventTraceContext::asParent)
                .orElse(Context.root());
        AttributesBuilder attributes = attributes(PROCESS, record.topic(), record.key(), record.headers())
                .put(PARTITION, String.valueOf(record.partition()))
                .put(OFFSET, record.offset());
        return tracer.spanBuilder(PROCESS + " " + record.topic())
                .setSpanKind(SpanKind.CONSUMER)
                .setParent(parent)
                .setAllAttributes(attributes.build())
                .startSpan();
    }

    /** Marks the span failed with {@code cause}; the caller still ends it. */
    public static void failed(Span span, Throwable cause) {
        span.recordException(cause);
        span.setStatus(StatusCode.ERROR, cause.getClass().getSimpleName());
    }

    private static AttributesBuilder attributes(String operation, String topic, String key, Headers headers) {
        AttributesBuilder attributes = Attributes.builder()
                .put(SYSTEM, KAFKA)
                .put(OPERATION_TYPE, operation)
                .put(OPERATION_NAME, operation)
                .put(DESTINATION, topic);
        putIfPresent(attributes, MESSAGE_KEY, key);
        putIfPresent(attributes, EVENT_ID, EventTraceContext.header(headers, CloudEventHeaders.ID));
        putIfPresent(attributes, EVENT_SOURCE, EventTraceContext.header(headers, CloudEventHeaders.SOURCE));
        putIfPresent(attributes, EVENT_TYPE, EventTraceContext.header(headers, CloudEventHeaders.TYPE));
        putIfPresent(attributes, EVENT_SUBJECT, EventTraceContext.header(headers, CloudEventHeaders.SUBJECT));
        return attributes;
    }

    private static void putIfPresent(AttributesBuilder attributes, AttributeKey<String> key, String value) {
        if (value != null) {
            attributes.put(key, value);
        }
    }
}
