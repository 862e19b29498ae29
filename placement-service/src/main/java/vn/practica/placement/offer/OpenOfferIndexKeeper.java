package vn.practica.placement.offer;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import vn.practica.placement.coverage.IndexedOffer;
import vn.practica.placement.coverage.OfferIndex;

/**
 * Keeps this instance's in-memory {@link OfferIndex} of open offers in step with the offer table, whichever
 * instance wrote it: every {@code practica.for-me.refresh-interval} it reads the published offers whose
 * {@code updated_at} is after its last read less {@code commit-window}, and every {@code rebuild-interval} it
 * reads them all ({@link ForMeConfig}). So a change committed within the window of its {@code updated_at} shows
 * here within one interval and one read (about 1 s by default), any other within the rebuild interval.
 * Every writer of offer rows sets {@code updated_at}.
 */
@ApplicationScoped
public class OpenOfferIndexKeeper {
    private static final Logger LOG = Logger.getLogger(OpenOfferIndexKeeper.class);

    private final OpenOfferIndexRepository repository;
    private final ForMeConfig config;
    private final Clock clock = Clock.systemUTC();
    private volatile OfferIndex current;
    private Instant lastRead;
    private Instant lastRebuild;
    /** updated_at of the changes applied within the window, by offer id. */
    private final Map<UUID, Instant> applied = new HashMap<>();

    private ScheduledExecutorService refresher;
    private final Timer rebuilds;

    OpenOfferIndexKeeper(OpenOfferIndexRepository repository, ForMeConfig config, MeterRegistry registry) {
        this.repository = repository;
        this.config = config;
        rebuilds = Timer.builder("practica.for_me.index.rebuild")
                .description("Reading every open offer and building this instance's for-me index")
                .register(registry);
        Gauge.builder("practica.for_me.index.offers", this, k -> k.current == null ? 0 : k.current.size())
                .description("Open offers in this instance's for-me index")
                .register(registry);
        Gauge.builder("practica.for_me.index.bytes", this, k -> k.current == null ? 0 : k.current.arrayBytes())
                .description("Bytes held by the arrays of this instance's for-me index")
                .register(registry);
    }

    void start(@Observes StartupEvent startup) {
        refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "for-me-index");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(1, config.refreshInterval().toMillis());
        refresher.scheduleWithFixedDelay(this::refreshQuietly, 0, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }

    /** The index as last read; the first call before the first read waits for it. */
    public OfferIndex current() throws SQLException {
        OfferIndex index = current;
        if (index == null) {
            synchronized (this) {
                if (current == null) {
                    refresh();
                }
                index = current;
            }
        }
        return index;
    }

    /** Reads the changes since the last read, or everything when a rebuild is due. */
    synchronized void refresh() throws SQLException {
        Instant now = clock.instant();
        if (current == null || Duration.between(lastRebuild, now).compareTo(config.rebuildInterval()) >= 0) {
            Instant readAt = repository.databaseNow();
            long started = System.nanoTime();
            current = OfferIndex.of(repository.openOffers(OfferRules.today(clock)));
            rebuilds.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
            lastRead = readAt;
            lastRebuild = now;
            applied.clear();
            return;
        }
        OpenOfferIndexRepository.Changes read =
                repository.changedSince(lastRead.minus(config.commitWindow()), OfferRules.today(clock));
        apply(read.changes());
        lastRead = read.readAt();
        // Rows older than the window are never read again: forget them
        applied.values().removeIf(at -> at.isBefore(lastRead.minus(config.commitWindow())));
    }

    /** Applies the changes not applied before: each read looks back a window, so it sees most rows again. */
    private void apply(List<OpenOfferIndexRepository.Change> changes) {
        List<IndexedOffer> open = new ArrayList<>();
        List<UUID> gone = new ArrayList<>();
        for (OpenOfferIndexRepository.Change change : changes) {
            if (change.updatedAt().equals(applied.put(change.id(), change.updatedAt()))) {
                continue;
            }
            change.open().ifPresentOrElse(open::add, () -> gone.add(change.id()));
        }
        if (!open.isEmpty() || !gone.isEmpty()) {
            current = current.with(open, gone);
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (SQLException | RuntimeException e) {
            // The index stays as it was; the next interval tries again, and readiness reports a lost database
            LOG.warnf("Could not refresh the for-me index of open offers: %s", e.getMessage());
        }
    }
}
