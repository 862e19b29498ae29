package vn.practica.platform.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Spends one request of a caller's budget in a route group, in the database every instance shares. Created
 * at startup, so a wrong budget stops the service at once and the counters read 0 before the first refusal.
 * When the database cannot answer, the request goes through unchecked (counted): a limiter must not turn a
 * short database hiccup into refusals of every request, and the request itself meets the same database next.
 */
@Startup
@ApplicationScoped
public class RateLimiter {
    private static final Logger LOG = Logger.getLogger(RateLimiter.class);

    private final RateLimitStore store;
    private final boolean enabled;
    private final Map<RateLimitGroup, RateLimitPolicy> policies = new EnumMap<>(RateLimitGroup.class);
    private final Map<RateLimitGroup, Counter> refused = new EnumMap<>(RateLimitGroup.class);
    private final Counter unchecked;
    private volatile boolean failing;

    RateLimiter(RateLimitStore store, RateLimitConfig config, MeterRegistry registry) {
        this.store = store;
        this.enabled = config.enabled();
        for (RateLimitGroup group : RateLimitGroup.values()) {
            policies.put(group, RateLimitPolicy.of(group, group.budget(config)));
            refused.put(
                    group,
                    Counter.builder("practica.http.rate.limited")
                            .description("Requests refused with 429 because the caller's budget was spent")
                            .tag("group", group.policyName())
                            .register(registry));
        }
        unchecked = Counter.builder("practica.http.rate.limit.unchecked")
                .description("Requests let through without a budget check because the database did not answer")
                .register(registry);
    }

    public boolean enabled() {
        return enabled;
    }

    /**
     * Spends one request of {@code partition}'s budget in {@code group}; empty when the store failed. Runs
     * outside any transaction of the caller's, so it neither joins nor waits for one.
     */
    public Optional<RateLimitDecision> take(RateLimitGroup group, String partition) {
        RateLimitPolicy policy = policies.get(group);
        try {
            RateLimitDecision decision = QuarkusTransaction.suspendingExisting()
                    .call(() -> store.take(group.policyName() + "|" + partition, policy));
            recovered();
            if (!decision.served()) {
                refused.get(group).increment();
            }
            return Optional.of(decision);
        } catch (RuntimeException e) {
            unchecked.increment();
            if (!failing) {
                failing = true;
                LOG.warnf("Rate limits unchecked until the database answers again: %s", e.getMessage());
            }
            return Optional.empty();
        }
    }

    private void recovered() {
        if (failing) {
            failing = false;
            LOG.info("Rate limits checked again");
        }
    }
}
