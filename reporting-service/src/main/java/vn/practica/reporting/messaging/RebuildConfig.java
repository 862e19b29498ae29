package vn.practica.reporting.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code practica.reporting.rebuild.*}: rebuilding the placement facts from the topic's beginning. */
@ConfigMapping(prefix = "practica.reporting.rebuild")
public interface RebuildConfig {
    /**
     * Empty the placement facts at startup and replay {@code practica.placement.events} from its beginning into
     * them, while the live consumer keeps applying what arrives (README, Rebuilding the projections).
     */
    @WithDefault("false")
    boolean atStart();
}
