package vn.practica.platform.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long stored responses to keyed requests are kept, and how they are purged. */
@ConfigMapping(prefix = "practica.idempotency")
public interface IdempotencyConfig {
    /** A key is answered from its stored response for this long after the first request, then is free again. */
    @WithDefault("24h")
    Duration retention();

    /** How often each instance deletes expired keys. */
    @WithDefault("10m")
    Duration purgeInterval();

    /** Rows deleted per statement, so a purge never holds many row locks or a long transaction. */
    @WithDefault("1000")
    int purgeBatchSize();
}
