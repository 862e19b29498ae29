package vn.practica.placement.matching;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Matching rounds' settings, {@code practica.matching.*}. */
@ConfigMapping(prefix = "practica.matching")
public interface MatchingConfig {
    /**
     * Longest the transaction fixing a run's result may take: it reads a national round's 7.65 million choices,
     * matches and writes 850,000 outcomes.
     */
    @WithDefault("30m")
    Duration runTimeout();

    /** Threads (each its own connection) writing a run's placements once its result is fixed. */
    @WithDefault("2")
    int placingThreads();

    /** Students whose placements are written in one transaction, whole offers at a time. */
    @WithDefault("2000")
    int placingGroup();

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
