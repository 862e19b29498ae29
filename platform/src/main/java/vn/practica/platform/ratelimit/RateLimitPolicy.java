package vn.practica.platform.ratelimit;

import java.time.Duration;

/**
 * One group's budget as the limiter applies it (GCRA): a request is due every {@link #intervalMicros()}, and
 * a caller may run ahead of that schedule by {@link #toleranceMicros()}, so a rested caller can send
 * {@code limit} requests at once and then {@code limit} per {@code period}.
 */
public record RateLimitPolicy(String name, int limit, Duration period) {
    public RateLimitPolicy {
        if (limit < 1) {
            throw new IllegalArgumentException("rate limit of " + name + " must be at least 1, not " + limit);
        }
        if (period.compareTo(Duration.ofSeconds(1)) < 0 || period.getNano() != 0) {
            throw new IllegalArgumentException("rate limit period of " + name + " must be whole seconds: " + period);
        }
    }

    static RateLimitPolicy of(RateLimitGroup group, RateLimitConfig.Budget budget) {
        return new RateLimitPolicy(group.policyName(), budget.limit(), budget.period());
    }

    /** Time between two requests at the sustained rate; at least a microsecond, the database clock's unit. */
    public long intervalMicros() {
        return Math.max(1, period.toSeconds() * 1_000_000 / limit);
    }

    /** How far ahead of schedule a caller may be and still be served: {@code limit - 1} intervals. */
    public long toleranceMicros() {
        return (limit - 1) * intervalMicros();
    }

    /** The {@code RateLimit-Policy} item: {@code "writes";q=300;w=60}. */
    public String policyItem() {
        return "\"" + name + "\";q=" + limit + ";w=" + period.toSeconds();
    }
}
