package vn.practica.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka in commit order and marks them sent. At-least-once: a crash between
 * publish and mark re-sends, and consumers drop the duplicate by CloudEvent id. Only the instance
 * holding the database advisory lock publishes, so scaled-out replicas never reorder events. A row Kafka
 * refuses for good is parked rather than retried forever; later rows of its aggregate wait behind it.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration CLEANUP_EVERY = Duration.ofHours(1);

    private final OutboxStore store;
    private final KafkaEventSender sender;
    private final OutboxWakeups wakeups;
    private final OutboxConfig.Relay config;
    private final OutboxMetrics metrics;
    private final PendingFloor floor = new PendingFloor();
    private volatile boolean running;
    private Thread worker;
    private Instant nextCleanup = Instant.now();

    OutboxRelay(
            OutboxStore store,
            KafkaEventSender sender,
            OutboxWakeups wakeups,
            OutboxConfig config,
            OutboxMetrics metrics) {
        this.store = store;
        this.sender = sender;
        this.wakeups = wakeups;
        this.config = config.relay();
        this.metrics = metrics;
    }

    void start(@Observes StartupEvent startup) {
        if (!config.enabled()) {
            LOG.info("Outbox relay disabled: an external relay (Debezium) publishes the outbox table");
            return;
        }
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        if (worker != null) {
            wakeups.close();
            worker.interrupt();
            worker.join(Duration.ofSeconds(10).toMillis());
        }
    }

    /**
     * Publishes one batch now and commits, in one transaction, the marks of what Kafka acknowledged and the
     * parking of what it refused for good; then moves the read's floor, which only a committed batch may move.
     */
    public synchronized BatchResult publishPending() {
        Published published = QuarkusTransaction.requiringNew().timeout(60).call(this::publishBatch);
        published.floorStep().ifPresent(floor::advance);
        SendReport report = published.report();
        metrics.recordBatch(report);
        report.parked().forEach(OutboxRelay::logParked);
        return new BatchResult(
                report.read(), report.acked().size(), report.parked().size(), report.waiting());
    }

    /** Where the next read of pending rows starts (for tests). */
    long readFloor() {
        return floor.floor();
    }

    private void run() {
        Duration backoff = Duration.ZERO;
        while (running) {
            try {
                BatchResult result = publishPending();
                if (result.waiting() > 0) {
                    throw new KafkaUnavailableException(result.waiting());
                }
                cleanupIfDue();
                backoff = Duration.ZERO;
                if (result.read() < config.batchSize()) {
                    wakeups.await(config.pollInterval());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                backoff = nextBackoff(backoff);
                LOG.warnf("Outbox relay paused for %s: %s", backoff, e.getMessage());
                if (!sleep(backoff)) {
                    return;
                }
            }
        }
    }

    /** A batch's report, and what it tells the floor (nothing when another instance holds the relay). */
    private record Published(SendReport report, Optional<PendingFloor.Batch> floorStep) {}

    private Published publishBatch() {
        if (!store.lockRelay()) {
            return new Published(SendReport.NOTHING, Optional.empty());
        }
        PendingFloor.Before before = store.before();
        OutboxStore.PendingRead read = store.pending(config.batchSize(), floor.from(before));
        List<PendingEvent> pending = read.rows();
        SendReport report = pending.isEmpty() ? SendReport.NOTHING : sender.send(pending);
        store.markSent(report.acked());
        report.parked().forEach(parked -> store.park(parked.event().id(), parked.reason()));
        report.stoppedAt().ifPresent(event -> store.countFailedAttempt(event.id()));
        return new Published(
                report,
                Optional.of(new PendingFloor.Batch(
                        before,
                        pending.stream().mapToLong(PendingEvent::seq).toArray(),
                        pending.size() == config.batchSize(),
                        read.ended(),
                        Math.min(before.lowestParked(), lowestLeft(pending, report)))));
    }

    /** The lowest seq of the batch's rows that were not sent: parked, held behind a parked row, or waiting. */
    private static long lowestLeft(List<PendingEvent> pending, SendReport report) {
        Set<UUID> sent = new HashSet<>(report.acked());
        return pending.stream()
                .filter(event -> !sent.contains(event.id()))
                .mapToLong(PendingEvent::seq)
                .min()
                .orElse(Long.MAX_VALUE);
    }

    private static void logParked(SendReport.Parked parked) {
        PendingEvent event = parked.event();
        LOG.errorf(
                "Parked outbox event %s (%s) of %s %s on %s: %s. Later events of this aggregate wait until it is"
                        + " re-driven (ParkedEvents, docs/outbox.md)",
                event.id(), event.type(), event.aggregateType(), event.key(), event.topic(), parked.reason());
    }

    private void cleanupIfDue() {
        if (Instant.now().isBefore(nextCleanup)) {
            return;
        }
        nextCleanup = Instant.now().plus(CLEANUP_EVERY);
        int deleted = QuarkusTransaction.requiringNew().call(() -> store.deleteSentBefore(config.retention()));
        if (deleted > 0) {
            LOG.infof("Deleted %d published outbox rows older than %s", deleted, config.retention());
        }
    }

    private Duration nextBackoff(Duration current) {
        Duration doubled = current.isZero() ? Duration.ofMillis(100) : current.multipliedBy(2);
        return doubled.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : doubled;
    }

    private boolean sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * One batch: rows read, rows Kafka acknowledged, rows parked, and rows still waiting after a transient
     * failure. The rest of the rows read were held behind a row parked in the same batch.
     */
    public record BatchResult(int read, int sent, int parked, int waiting) {}

    /** Kafka acknowledged only part of a batch; the rest waits in the outbox. */
    static final class KafkaUnavailableException extends RuntimeException {
        KafkaUnavailableException(int waiting) {
            super(waiting + " event(s) not acknowledged by Kafka yet; they stay in the outbox");
        }
    }
}
