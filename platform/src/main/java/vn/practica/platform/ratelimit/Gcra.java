package vn.practica.platform.ratelimit;

/**
 * The arithmetic of the generic cell rate algorithm on the state the store returns: how far the bucket's
 * theoretical arrival time (tat) is ahead of now. The decision itself is taken in the database, in one
 * statement (RateLimitStore): a request is served when {@code ahead <= tolerance}, and then moves tat one
 * interval further. No framework here, so the figures a client sees are unit tested alone.
 */
final class Gcra {
    private static final long MICROS_PER_SECOND = 1_000_000;

    private Gcra() {}

    /** Requests the caller may still send right now: {@code limit - ceil(ahead / interval)}, never negative. */
    static int remaining(RateLimitPolicy policy, long aheadMicros) {
        long spent = ceilDiv(Math.max(0, aheadMicros), policy.intervalMicros());
        return (int) Math.max(0, policy.limit() - spent);
    }

    /**
     * Whole seconds until one more request is available (the {@code t} of the RateLimit field) after a served
     * request; 0 when the bucket is full.
     */
    static long secondsUntilNext(RateLimitPolicy policy, long aheadMicros) {
        long ahead = Math.max(0, aheadMicros);
        long spent = ceilDiv(ahead, policy.intervalMicros());
        if (spent == 0) {
            return 0;
        }
        long untilOneLess = ahead - (spent - 1) * policy.intervalMicros();
        return ceilDiv(untilOneLess, MICROS_PER_SECOND);
    }

    /**
     * Whole seconds until a refused request would be served, when tat is back within the tolerance; at least 1,
     * so a client never retries at once.
     */
    static long retryAfterSeconds(RateLimitPolicy policy, long aheadMicros) {
        return Math.max(1, ceilDiv(aheadMicros - policy.toleranceMicros(), MICROS_PER_SECOND));
    }

    private static long ceilDiv(long dividend, long divisor) {
        return -Math.floorDiv(-dividend, divisor);
    }
}
