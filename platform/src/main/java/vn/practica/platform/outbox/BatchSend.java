package vn.practica.platform.outbox;

import io.opentelemetry.api.trace.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;
import vn.practica.platform.outbox.PendingEvent.Aggregate;
import vn.practica.platform.tracing.EventSpans;

/**
 * Sends one batch in seq order with at most one row per aggregate in flight: a row goes out only after Kafka's
 * verdict on the previous row of its aggregate, so a row the broker refuses is never overtaken by a later row of
 * the same aggregate. Rows go out in slices: while Kafka works on one slice, the verdicts of the slice before are
 * read and its acknowledged rows handed to {@code onAcked} (the relay marks them sent), so the database and the
 * broker work at the same time instead of taking turns.
 */
final class BatchSend {
    /** Rows handed to the producer before the verdicts of the slice before them are read. */
    static final int SLICE = 1000;

    private static final Logger LOG = Logger.getLogger(BatchSend.class);

    /** A record handed to the producer, with the span of its send (invalid for rows written outside a span). */
    private record InFlight(PendingEvent event, Future<RecordMetadata> ack, Span span) {}

    private final Producer<String, byte[]> producer;
    private final int maxRecordSize;
    private final MissingTopics missingTopics;
    private final EventSpans spans;
    private final Consumer<List<UUID>> onAcked;
    private final Deque<InFlight> inFlight = new ArrayDeque<>();
    private final Set<Aggregate> inFlightAggregates = new HashSet<>();
    private final Set<Aggregate> blocked = new HashSet<>();
    private final Set<String> topicsParked = new HashSet<>();
    private final List<UUID> acked = new ArrayList<>();
    private final List<SendReport.Parked> parked = new ArrayList<>();
    private int reportedAcked;
    private PendingEvent stoppedAt;
    private int held;

    BatchSend(
            Producer<String, byte[]> producer,
            int maxRecordSize,
            MissingTopics missingTopics,
            EventSpans spans,
            Consumer<List<UUID>> onAcked) {
        this.producer = producer;
        this.maxRecordSize = maxRecordSize;
        this.missingTopics = missingTopics;
        this.spans = spans;
        this.onAcked = onAcked;
    }

    SendReport send(Iterator<PendingEvent> events) {
        int read = 0;
        int previousSlice = 0;
        while (stoppedAt == null && events.hasNext()) {
            PendingEvent event = events.next();
            read++;
            if (inFlightAggregates.contains(event.aggregate())) {
                awaitAll();
                previousSlice = 0;
            }
            if (stoppedAt != null) {
                break;
            }
            if (blocked.contains(event.aggregate())) {
                held++;
            } else {
                submit(event);
            }
            if (inFlight.size() - previousSlice >= SLICE) {
                settle(previousSlice);
                previousSlice = inFlight.size();
            }
        }
        awaitAll();
        return new SendReport(read, acked, parked, Optional.ofNullable(stoppedAt), held);
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
        inFlight.add(new InFlight(event, ack, span));
        inFlightAggregates.add(event.aggregate());
        if (ack.isDone()) {
            // Failed before sending (e.g. no metadata after max.block.ms): settle now, or the next send waits too.
            awaitAll();
        }
    }

    /**
     * Hands everything buffered to the network at once and waits for it together, as one pipelined request per
     * partition, instead of paying a broker round trip for each record's acknowledgement.
     */
    private void awaitAll() {
        if (!inFlight.isEmpty()) {
            producer.flush();
            settle(inFlight.size());
        }
    }

    /** Reads the verdicts of the {@code count} oldest rows in flight and reports the newly acknowledged ones. */
    private void settle(int count) {
        for (int i = 0; i < count; i++) {
            InFlight sent = inFlight.poll();
            inFlightAggregates.remove(sent.event().aggregate());
            if (stoppedAt == null) {
                settle(sent);
            } else {
                sent.span().end();
            }
        }
        if (acked.size() > reportedAcked) {
            onAcked.accept(List.copyOf(acked.subList(reportedAcked, acked.size())));
            reportedAcked = acked.size();
        }
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
