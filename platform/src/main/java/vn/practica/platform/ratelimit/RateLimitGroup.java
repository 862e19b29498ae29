package vn.practica.platform.ratelimit;

import java.util.Locale;
import java.util.Set;

/** The route groups that have a budget of their own; the name is the policy name clients see in headers. */
public enum RateLimitGroup {
    READS,
    WRITES,
    BULK;

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /** The group of an endpoint without {@link RateLimited}: reads for safe methods, writes otherwise. */
    static RateLimitGroup ofMethod(String httpMethod) {
        return SAFE_METHODS.contains(httpMethod) ? READS : WRITES;
    }

    /** {@code reads}, {@code writes}, {@code bulk}: the config key and the policy name. */
    public String policyName() {
        return name().toLowerCase(Locale.ROOT);
    }

    RateLimitConfig.Budget budget(RateLimitConfig config) {
        return switch (this) {
            case READS -> config.reads();
            case WRITES -> config.writes();
            case BULK -> config.bulk();
        };
    }
}
