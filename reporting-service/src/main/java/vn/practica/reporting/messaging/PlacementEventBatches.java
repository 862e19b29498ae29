package vn.practica.reporting.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import vn.practica.events.placement.ApplicationEventData;
import vn.practica.events.placement.OfferEventData;
import vn.practica.events.placement.PlacementEventData;
import vn.practica.events.placement.PlacementEventTypes;
import vn.practica.events.placement.StudentEventData;
import vn.practica.platform.inbox.EventData;
import vn.practica.platform.inbox.IncomingEvent;
import vn.practica.platform.inbox.MalformedEventException;
import vn.practica.platform.tracing.EventSpans;
import vn.practica.reporting.facts.FactChange;
import vn.practica.reporting.facts.PlacementEventFacts;
import vn.practica.reporting.facts.PlacementFactsService;
import vn.practica.reporting.facts.PlacementFactsService.PendingChange;

/**
 * Applies a batch of placement-topic records in one transaction, each event still once. Records are read and
 * checked first, outside the transaction: a malformed one is logged and skipped for good, a type reporting does
 * not keep is skipped, and what is left cannot fail on its data. The transaction then fails only when the
 * database does, and is retried whole, with backoff, until it commits (offsets are committed only after this
 * returns). Counts go to the same meters as platform's one-record consumer, so dashboards see both.
 */
@ApplicationScoped
public class PlacementEventBatches {
    private static final Logger LOG = Logger.getLogger(PlacementEventBatches.class);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final PlacementFactsService facts;
    private final EventData eventData;
    private final EventSpans spans;
    private final MeterRegistry registry;
    private final Counter duplicates;
    private final Counter malformed;
    private volatile boolean stopping;

    PlacementEventBatches(PlacementFactsService facts, EventData eventData, EventSpans spans, MeterRegistry registry) {
        this.facts = facts;
        this.eventData = eventData;
        this.spans = spans;
        this.registry = registry;
        this.duplicates = Counter.builder("practica.events.duplicates").register(registry);
        this.malformed = Counter.builder("practica.events.malformed").register(registry);
    }

    /** Applies the records' events once each; returns how many were applied now (not duplicates or skipped). */
    public int apply(Iterable<ConsumerRecord<String, String>> records) {
        List<PendingChange> batch = new ArrayList<>();
        List<Span> batchSpans = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            PendingChange pending = pending(record);
            if (pending != null) {
                batch.add(pending);
                batchSpans.add(spans.startProcess(record));
            }
        }
        if (batch.isEmpty()) {
            return 0;
        }
        try {
            List<IncomingEvent> applied = applyWithRetry(batch, batchSpans);
            count(batch.size(), applied);
            return applied.size();
        } finally {
            batchSpans.forEach(Span::end);
        }
    }

    private PendingChange pending(ConsumerRecord<String, String> record) {
        try {
            IncomingEvent event = IncomingEvent.from(record);
            FactChange change = change(event);
            return change == null ? null : new PendingChange(event, change);
        } catch (MalformedEventException e) {
            malformed.increment();
            LOG.errorf(
                    "Skipping malformed record %s-%d@%d: %s",
                    record.topic(), record.partition(), record.offset(), e.getMessage());
            return null;
        }
    }

    /** The change the event makes, or null for a type reporting does not keep. */
    private FactChange change(IncomingEvent event) {
        String type = event.type();
        if (PlacementEventTypes.isOfferEvent(type)) {
            return PlacementEventFacts.offer(eventData.read(event, OfferEventData.class), event.time());
        }
        if (PlacementEventTypes.isApplicationEvent(type)) {
            return PlacementEventFacts.application(
                    type, eventData.read(event, ApplicationEventData.class), event.time());
        }
        if (PlacementEventTypes.isPlacementEvent(type)) {
            return PlacementEventFacts.placement(eventData.read(event, PlacementEventData.class), event.time());
        }
        if (PlacementEventTypes.isStudentEvent(type)) {
            return PlacementEventFacts.student(eventData.read(event, StudentEventData.class), event.time());
        }
        return null;
    }

    private List<IncomingEvent> applyWithRetry(List<PendingChange> batch, List<Span> batchSpans) {
        Duration backoff = FIRST_BACKOFF;
        while (true) {
            try {
                return facts.applyBatch(batch);
            } catch (RuntimeException e) {
                batchSpans.forEach(span -> span.recordException(e));
                if (stopping) {
                    batchSpans.forEach(span -> EventSpans.failed(span, e));
                    throw e;
                }
                LOG.warnf(
                        "Could not apply a batch of %d placement events, retrying in %s: %s",
                        batch.size(), backoff, e.getMessage());
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private void count(int events, List<IncomingEvent> applied) {
        for (IncomingEvent event : applied) {
            Counter.builder("practica.events.applied")
                    .tag("type", event.type())
                    .register(registry)
                    .increment();
        }
        duplicates.increment(events - applied.size());
    }

    private static void pause(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a batch of events", e);
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }
}
