package vn.practica.platform.outbox;

import io.opentelemetry.api.trace.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;
import vn.practica.platform.outbox.PendingEvent.Aggregate;
import vn.practica.platform.tracing.EventSpans;

/**
 * Sends one batch in seq order, in chunks holding at most one row per aggregate: a row goes out only after
 * Kafka's verdict on the previous row of its aggregate, so a row the broker refuses is never overtaken by a
 * later row of the same aggregate. A batch with one row per aggregate goes out as a single pipelined chunk.
 */
final class BatchSend {
    private static final Logger LOG = Logger.getLogger(BatchSend.class);

    /** A record handed to the producer, with the span of its send (invalid for rows written outside a span). */
    private record InFlight(PendingEvent event, Future<RecordMetadata> ack, Span span) {}

    private final Producer<String, byte[]> producer;
    private final int maxRecordSize;
    private final MissingTopics missingTopics;
    private final EventSpans spans;
    private final Map<Aggregate, InFlight> chunk = new LinkedHashMap<>();
    private final Set<Aggregate> blocked = new HashSet<>();
    private final Set<String> topicsParked = new HashSet<>();
    private final List<UUID> acked = new ArrayList<>();
    private final List<SendReport.Parked> parked = new ArrayList<>();
    private PendingEvent stoppedAt;
    private int held;

    BatchSend(Producer<String, byte[]> producer, int maxRecordSize, MissingTopics missingTopics, EventSpans spans) {
        this.producer = producer;
        this.maxRecordSize = maxRecordSize;
        this.missingTopics = missingTopics;
        this.spans = spans;
    }

    SendReport send(List<PendingEvent> events) {
        for (PendingEvent event : events) {
            if (chunk.containsKey(event.aggregate())) {
                awaitChunk();
            }
            if (stoppedAt != null) {
                break;
            }
            if (blocked.contains(event.aggregate())) {
                held++;
            } else {
                submit(event);
            }
        }
        awaitChunk();
        return new SendReport(events.size(), acked, parked, Optional.ofNullable(stoppedAt), held);
    }

    private void submit(PendingEvent event) {
        if (topicsParked.contains(event.topic())) {
            park(event, missingTopics.reason(event.topic()));
            return;
        }
        ProducerRecord<String, byte[]> record = CloudEventRecords.toRecord(event);
        int size = CloudEventRecords.sizeInBytes(record);
        if (size > maxRecordSize) {
            park(event, "record of " + size + " bytes exceeds max.request.size " + maxRecordSize);
            return;
        }
        // A row written outside any span gets no send span: a seed of thousands of rows would otherwise open
        // as many one-span traces; the consumer still starts a trace of its own for each.
        Span span = event.trace().map(trace -> spans.startSend(record, trace)).orElse(Span.getInvalid());
        Future<RecordMetadata> ack;
        try {
            ack = producer.send(record);
        } catch (RuntimeException e) {
            ack = CompletableFuture.failedFuture(e);
        }
        chunk.put(event.aggregate(), new InFlight(event, ack, span));
        if (ack.isDone()) {
            // Failed before sending (e.g. no metadata after max.block.ms): settle now, or the next send waits too.
            awaitChunk();
        }
    }

    private void awaitChunk() {
        if (chunk.isEmpty()) {
            return;
        }
        // Hand everything buffered to the network at once and wait for it together, as one pipelined
        // request per partition, instead of paying a broker round trip for each record's acknowledgement.
        producer.flush();
        for (InFlight inFlight : chunk.values()) {
            if (stoppedAt == null) {
                settle(inFlight);
            } else {
                inFlight.span().end();
            }
        }
        chunk.clear();
    }

    private void settle(InFlight inFlight) {
        PendingEvent event = inFlight.event();
        try {
            EventSpans.sent(inFlight.span(), inFlight.ack().get());
            acked.add(event.id());
            missingTopics.present(event.topic());
        } catch (ExecutionException e) {
            EventSpans.failed(inFlight.span(), e.getCause());
            inFlight.span().end();
            failed(event, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            inFlight.span().end();
            stoppedAt = event;
        }
    }

    private void failed(PendingEvent event, Throwable cause) {
        switch (SendFailures.classify(cause)) {
            case PARK -> park(event, SendFailures.describe(cause));
            case CHECK_TOPIC -> {
                if (missingTopics.missingPastGrace(event.topic())) {
                    topicsParked.add(event.topic());
                    park(event, missingTopics.reason(event.topic()));
                } else {
                    stop(event, cause);
                }
            }
            case RETRY -> stop(event, cause);
        }
    }

    /** A transient failure: nothing from this row on is reported sent, so the batch resumes here in order. */
    private void stop(PendingEvent event, Throwable cause) {
        LOG.warnf("Kafka did not acknowledge event %s: %s", event.id(), cause);
        stoppedAt = event;
    }

    private void park(PendingEvent event, String reason) {
        parked.add(new SendReport.Parked(event, reason));
        blocked.add(event.aggregate());
    }
}
