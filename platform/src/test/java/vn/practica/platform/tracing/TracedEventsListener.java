package vn.practica.platform.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.MDC;
import vn.practica.platform.inbox.EventConsumer;

/**
 * A listener written as the services write theirs, on the test app's connector channel; it notes what the
 * handler saw inside its transaction, by event id.
 */
@ApplicationScoped
public class TracedEventsListener {
    /** The current span, whether a transaction was active, and the MDC's trace id, inside the handler. */
    record Applied(SpanContext span, boolean inTransaction, Object mdcTraceId) {}

    private final EventConsumer consumer;
    private final Map<String, Applied> applied = new ConcurrentHashMap<>();

    TracedEventsListener(EventConsumer consumer) {
        this.consumer = consumer;
    }

    @Incoming("traced-events")
    @Blocking
    public void onTracedEvent(ConsumerRecord<String, String> record) {
        consumer.consume(
                record,
                event -> applied.put(
                        event.id(),
                        new Applied(
                                Span.current().getSpanContext(), QuarkusTransaction.isActive(), MDC.get("traceId"))));
    }

    Optional<Applied> applied(String eventId) {
        return Optional.ofNullable(applied.get(eventId));
    }
}
