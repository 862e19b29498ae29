package vn.practica.placement.placement;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How AGREED placements are swept to ACTIVE on their start day. */
@ConfigMapping(prefix = "practica.placements")
public interface PlacementConfig {
    Start start();

    interface Start {
        /**
         * How often each instance starts the AGREED placements whose day has come (Vietnam time). A party may
         * start one earlier itself; nothing else waits for the sweep.
         */
        @WithDefault("5m")
        Duration interval();

        /** Placements started per transaction, so a sweep never holds many row locks for long. */
        @WithDefault("500")
        int batchSize();
    }
}
