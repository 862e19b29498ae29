package vn.practica.platform.ratelimit;

import java.util.Map;

/**
 * What the limiter decided for one request, with the figures the IETF httpapi RateLimit fields carry
 * (draft-ietf-httpapi-ratelimit-headers-10): the remaining requests and the seconds until one more is available,
 * which for a refused request is also its {@code Retry-After}.
 */
public record RateLimitDecision(RateLimitPolicy policy, boolean served, int remaining, long resetSeconds) {
    /** The policies that apply to the request: {@code "writes";q=300;w=60}. */
    public static final String POLICY_HEADER = "RateLimit-Policy";
    /** The caller's current service limit under the policy: {@code "writes";r=12;t=1}. */
    public static final String LIMIT_HEADER = "RateLimit";

    /** A served request, with tat {@code aheadMicros} ahead of now after it. */
    static RateLimitDecision served(RateLimitPolicy policy, long aheadMicros) {
        return new RateLimitDecision(
                policy, true, Gcra.remaining(policy, aheadMicros), Gcra.secondsUntilNext(policy, aheadMicros));
    }

    /** A refused request, with tat {@code aheadMicros} ahead of now (unchanged by it). */
    static RateLimitDecision refused(RateLimitPolicy policy, long aheadMicros) {
        return new RateLimitDecision(policy, false, 0, Gcra.retryAfterSeconds(policy, aheadMicros));
    }

    /** Both RateLimit fields, for every answer to a counted request. */
    Map<String, String> headers() {
        return Map.of(
                POLICY_HEADER,
                policy.policyItem(),
                LIMIT_HEADER,
                "\"" + policy.name() + "\";r=" + remaining + ";t=" + resetSeconds);
    }
}
