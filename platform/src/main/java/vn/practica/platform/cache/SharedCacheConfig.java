package vn.practica.platform.cache;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Per-instance caches of shared tables, {@code practica.shared-cache.*}. */
@ConfigMapping(prefix = "practica.shared-cache")
public interface SharedCacheConfig {
    /** Off: every read goes to the database, as before caching. */
    @WithDefault("true")
    boolean enabled();

    /**
     * Longest an entry is kept however quiet its table: the backstop should a change notice ever be lost
     * without the LISTEN connection breaking.
     */
    @WithDefault("60s")
    Duration maxAge();

    /** How long the listener waits for a notice before checking its connection again. */
    @WithDefault("5s")
    Duration pollInterval();
}
