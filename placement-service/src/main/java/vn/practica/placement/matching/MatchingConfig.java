package vn.practica.placement.matching;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Matching rounds' settings, {@code practica.matching.*}. */
@ConfigMapping(prefix = "practica.matching")
public interface MatchingConfig {
    /** Longest a run's transaction may take: a national round writes about 700,000 placements in it. */
    @WithDefault("30m")
    Duration runTimeout();

    /**
     * A run not heard from for this long is taken to have died with its instance (runs beat every few seconds
     * while writing): a new run of the round may then start.
     */
    @WithDefault("2m")
    Duration heartbeatTimeout();

    /** Most bytes of one bulk preference upload. */
    @WithDefault("32M")
    String maxUploadSize();
}
