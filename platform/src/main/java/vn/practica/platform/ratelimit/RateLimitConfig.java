package vn.practica.platform.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Request budgets per caller and route group, {@code practica.rate-limit.*} (docs/operations.md, Rate limits).
 * Each group has its own defaults, so each has its own interface; a period is whole seconds, as the
 * {@code RateLimit-Policy} window is.
 */
@ConfigMapping(prefix = "practica.rate-limit")
public interface RateLimitConfig {
    /** Off: no request is counted, refused or given RateLimit headers. */
    @WithDefault("true")
    boolean enabled();

    Reads reads();

    Writes writes();

    Bulk bulk();

    /** How often each instance deletes buckets that have refilled (a full bucket is the same as no row). */
    @WithDefault("5m")
    Duration purgeInterval();

    /** Rows deleted per statement, so a purge never holds many row locks. */
    @WithDefault("1000")
    int purgeBatchSize();

    /** A budget: {@code limit} requests per {@code period}, spent at most {@code limit} at once. */
    interface Budget {
        int limit();

        Duration period();
    }

    /** GET, HEAD, OPTIONS: 20 a second sustained, for a partner paging through the directory or CASE. */
    interface Reads extends Budget {
        @Override
        @WithDefault("1200")
        int limit();

        @Override
        @WithDefault("1m")
        Duration period();
    }

    /** POST, PUT, PATCH, DELETE: 5 a second sustained, for an HR or ERP system pushing changes one by one. */
    interface Writes extends Budget {
        @Override
        @WithDefault("300")
        int limit();

        @Override
        @WithDefault("1m")
        Duration period();
    }

    /**
     * Bulk imports ({@link RateLimited}): each may carry 10,000 rows or a 20,000-item framework (about 2 s of
     * database work), so one a few seconds keeps one caller under half a database core.
     */
    interface Bulk extends Budget {
        @Override
        @WithDefault("10")
        int limit();

        @Override
        @WithDefault("1m")
        Duration period();
    }
}
