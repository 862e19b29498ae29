package vn.practica.placement.placement;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import vn.practica.placement.offer.OfferTerms;
import vn.practica.platform.housekeeping.PurgeLoop;

/**
 * Makes AGREED placements ACTIVE on their start day (Vietnam time), with their event, on a daemon thread of each
 * instance ({@link PurgeLoop}, as unanswered offers are expired: a plain interval is all it needs). Instances
 * share the work: each batch locks its rows with {@code for update skip locked}, in its own short transaction.
 */
@ApplicationScoped
public class PlacementStartService {
    private final PlacementProgressService progress;
    private final PlacementConfig config;
    private final Clock clock = Clock.systemUTC();
    private PurgeLoop loop;

    PlacementStartService(PlacementProgressService progress, PlacementConfig config) {
        this.progress = progress;
        this.config = config;
    }

    void start(@Observes StartupEvent startup) {
        loop = PurgeLoop.start(
                "placement-start",
                "agreed placements whose start day came (started)",
                config.start().interval(),
                this::startDuePlacements);
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        if (loop != null) {
            loop.stop();
        }
    }

    /** Starts every placement whose day has come, batch by batch, each in its own transaction; returns how many. */
    public int startDuePlacements() throws Exception {
        return PurgeLoop.drain(
                config.start().batchSize(),
                size -> QuarkusTransaction.requiringNew()
                        .call(() -> progress.startDuePlacements(OfferTerms.today(clock), size)));
    }
}
