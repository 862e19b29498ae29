package vn.practica.platform.inbox;

import io.opentelemetry.api.trace.Span;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import vn.practica.platform.inbox.EventInbox.Pending;
import vn.practica.platform.tracing.EventSpans;

/**
 * What a batch listener ({@code @Incoming} of {@code ConsumerRecords}) does with a poll's records: one transaction
 * for the batch, each event still applied once. Records are read and checked first, outside the transaction: a
 * malformed one is logged and skipped for good, a type the route does not keep is skipped, and what is left cannot
 * fail on its data. The transaction records every id with one statement and writes the fresh changes through the
 * route; it fails only when the database does, and is then retried whole, with backoff, until it commits. Offsets
 * are committed only after this returns, so a crash in between redelivers a batch whose ids are all recorded.
 */
@ApplicationScoped
public class EventBatchConsumer {
    private static final Logger LOG = Logger.getLogger(EventBatchConsumer.class);

    private final EventInbox inbox;
    private final ConsumerMetrics metrics;
    private final EventSpans spans;
    private volatile boolean stopping;

    EventBatchConsumer(EventInbox inbox, ConsumerMetrics metrics, EventSpans spans) {
        this.inbox = inbox;
        this.metrics = metrics;
        this.spans = spans;
    }

    /** Applies the records' events once each; returns how many were applied now (not duplicates or skipped). */
    public <C> int consume(Iterable<ConsumerRecord<String, String>> records, EventBatchRoute<C> route) {
        List<Pending<C>> batch = new ArrayList<>();
        List<Span> batchSpans = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            Pending<C> pending = pending(record, route);
            if (pending != null) {
                batch.add(pending);
                batchSpans.add(spans.startProcess(record));
            }
        }
        if (batch.isEmpty()) {
            return 0;
        }
        try {
            List<IncomingEvent> applied = applyWithRetry(batch, route, batchSpans);
            applied.stream()
                    .collect(Collectors.groupingBy(IncomingEvent::type, Collectors.counting()))
                    .forEach(metrics::applied);
            metrics.duplicates(batch.size() - applied.size());
            return applied.size();
        } finally {
            batchSpans.forEach(Span::end);
        }
    }

    private <C> Pending<C> pending(ConsumerRecord<String, String> record, EventBatchRoute<C> route) {
        try {
            IncomingEvent event = IncomingEvent.from(record);
            C change = route.change(event);
            return change == null ? null : new Pending<>(event, change);
        } catch (MalformedEventException e) {
            EventConsumer.skipMalformed(metrics, record, e);
            return null;
        }
    }

    private <C> List<IncomingEvent> applyWithRetry(
            List<Pending<C>> batch, EventBatchRoute<C> route, List<Span> batchSpans) {
        RetryBackoff backoff = new RetryBackoff();
        while (true) {
            try {
                return inbox.applyBatchOnce(batch, route::applyAll);
            } catch (RuntimeException e) {
                batchSpans.forEach(span -> span.recordException(e));
                if (stopping) {
                    batchSpans.forEach(span -> EventSpans.failed(span, e));
                    throw e;
                }
                LOG.warnf(
                        "Could not apply a batch of %d events, retrying in %s: %s",
                        batch.size(), backoff.next(), e.getMessage());
                backoff.pause();
            }
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }
}
