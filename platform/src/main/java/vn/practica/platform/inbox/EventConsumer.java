package vn.practica.platform.inbox;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import vn.practica.platform.logging.LogContext;
import vn.practica.platform.tracing.EventSpans;

/**
 * What every Kafka listener does with a record: parse the CloudEvent, apply it once, and retry while the
 * database is unavailable instead of skipping it. The record's offset is committed only after this returns.
 * Applying runs inside a CONSUMER span that continues the producer's trace ({@code ce_traceparent}), with
 * the event's id and type in the logging MDC.
 */
@ApplicationScoped
public class EventConsumer {
    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final EventInbox inbox;
    private final EventData eventData;
    private final ConsumerMetrics metrics;
    private final EventSpans spans;
    private volatile boolean stopping;

    EventConsumer(EventInbox inbox, EventData eventData, ConsumerMetrics metrics, EventSpans spans) {
        this.inbox = inbox;
        this.eventData = eventData;
        this.metrics = metrics;
        this.spans = spans;
    }

    /**
     * Applies the record's event once through the first route that accepts its type. Other types are skipped
     * without a database round trip: a sync of 10,000 courses would otherwise cost every consumer 10,000
     * transactions for events it does not keep.
     */
    public void consume(ConsumerRecord<String, String> record, EventRoutes routes) {
        consume(record, event -> routes.dispatch(event, eventData), routes::accepts);
    }

    /** Applies the record's event once; malformed records are logged and skipped, as no retry can fix them. */
    public void consume(ConsumerRecord<String, String> record, Consumer<IncomingEvent> handler) {
        consume(record, handler, type -> true);
    }

    private void consume(
            ConsumerRecord<String, String> record, Consumer<IncomingEvent> handler, Predicate<String> wanted) {
        IncomingEvent event;
        try {
            event = IncomingEvent.from(record);
        } catch (MalformedEventException e) {
            skipMalformed(metrics, record, e);
            return;
        }
        if (wanted.test(event.type())) {
            applyInSpan(record, event, handler);
        }
    }

    private void applyInSpan(
            ConsumerRecord<String, String> record, IncomingEvent event, Consumer<IncomingEvent> handler) {
        Span span = spans.startProcess(record);
        try (Scope current = span.makeCurrent();
                LogContext.Entries logged = LogContext.event(event.id(), event.type())) {
            applyWithRetry(record, event, handler, span);
        } catch (RuntimeException e) {
            EventSpans.failed(span, e);
            throw e;
        } finally {
            span.end();
        }
    }

    /** Every failed attempt is an exception event on {@code span}; a malformed event also fails the span. */
    private void applyWithRetry(
            ConsumerRecord<String, String> record, IncomingEvent event, Consumer<IncomingEvent> handler, Span span) {
        RetryBackoff backoff = new RetryBackoff();
        while (true) {
            try {
                if (inbox.applyOnce(event, handler)) {
                    metrics.applied(event.type());
                } else {
                    metrics.duplicate();
                }
                return;
            } catch (MalformedEventException e) {
                EventSpans.failed(span, e);
                skipMalformed(metrics, record, e);
                return;
            } catch (RuntimeException e) {
                if (stopping) {
                    throw e;
                }
                span.recordException(e);
                LOG.warnf(
                        "Could not apply event %s (%s), retrying in %s: %s",
                        event.id(), event.type(), backoff.next(), e.getMessage());
                backoff.pause();
            }
        }
    }

    /** Counts and logs a record no retry can make an event of its type; it is skipped for good. */
    static void skipMalformed(
            ConsumerMetrics metrics, ConsumerRecord<String, String> record, MalformedEventException e) {
        metrics.malformed();
        LOG.errorf(
                "Skipping malformed record %s-%d@%d: %s",
                record.topic(), record.partition(), record.offset(), e.getMessage());
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }
}
