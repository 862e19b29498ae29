package vn.practica.placement.offer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How the in-memory index of open offers behind "for me" follows the offer table, {@code practica.for-me.*}
 * ({@link OpenOfferIndexKeeper}). Every instance keeps its own, so a change made through any instance shows
 * within {@code refreshInterval} plus one read.
 */
@ConfigMapping(prefix = "practica.for-me")
public interface ForMeConfig {
    /** How often the index reads the offers changed since its last read. */
    @WithDefault("1s")
    Duration refreshInterval();

    /**
     * How far back each read looks before the last one: a change stamped {@code updated_at} by its writer's
     * clock but committed up to this much later (or stamped by a clock this much behind) is still seen.
     */
    @WithDefault("10s")
    Duration commitWindow();

    /** How often the index is rebuilt whole: the bound for a change committed later than the window allows. */
    @WithDefault("5m")
    Duration rebuildInterval();
}
