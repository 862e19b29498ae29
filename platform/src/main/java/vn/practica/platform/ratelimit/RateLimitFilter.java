package vn.practica.platform.ratelimit;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import vn.practica.platform.problem.PlatformProblems;
import vn.practica.platform.problem.Problems;
import vn.practica.platform.security.Caller;

/**
 * Counts every request to an API endpoint against its caller's budget in the endpoint's route group (docs/
 * operations.md, Rate limits): the token's organization, else its user, else the client address (as Quarkus
 * reports it: the socket's peer, or the forwarded address only when {@code quarkus.http.proxy.*} trusts a proxy).
 * Over budget: 429 problem with {@code Retry-After}; every counted answer carries the RateLimit fields. Runs
 * after matching, so {@code /q/*} (health, metrics, OpenAPI) and unknown paths are never counted, and before the
 * platform's other post-matching filters, so a refusal reads no body and touches no other table. It runs on the
 * worker thread of the endpoint: every endpoint here is blocking (a non-blocking one would put this JDBC call on
 * the event loop).
 */
public class RateLimitFilter {
    private static final String DECISION = RateLimitFilter.class.getName() + ".decision";

    private final RateLimiter limiter;
    private final Caller caller;
    private final Map<Method, Optional<RateLimitGroup>> declaredGroups = new ConcurrentHashMap<>();

    RateLimitFilter(RateLimiter limiter, Caller caller) {
        this.limiter = limiter;
        this.caller = caller;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 10)
    public Optional<Response> limitRate(
            ContainerRequestContext request, ResourceInfo resource, RoutingContext routing) {
        if (!limiter.enabled() || resource.getResourceMethod() == null) {
            return Optional.empty();
        }
        RateLimitGroup group = declaredGroups
                .computeIfAbsent(resource.getResourceMethod(), RateLimitFilter::declaredGroup)
                .orElseGet(() -> RateLimitGroup.ofMethod(request.getMethod()));
        Optional<RateLimitDecision> decision = limiter.take(group, partition(request, routing));
        if (decision.isEmpty()) {
            return Optional.empty();
        }
        request.setProperty(DECISION, decision.get());
        return decision.get().served() ? Optional.empty() : Optional.of(refusal(decision.get()));
    }

    @ServerResponseFilter
    public void addRateLimitFields(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RateLimitDecision decision) {
            decision.headers().forEach(response.getHeaders()::putSingle);
        }
    }

    private String partition(ContainerRequestContext request, RoutingContext routing) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            Optional<String> identified = identified();
            if (identified.isPresent()) {
                return identified.get();
            }
        }
        SocketAddress peer = routing.request().remoteAddress();
        return ClientAddresses.partitionOf(peer == null ? null : peer.hostAddress());
    }

    /**
     * The token's organization, else its user. Authentication is lazy on public endpoints: reading the token
     * verifies it now. A token that fails verification counts as none here; the endpoint answers it as before.
     */
    private Optional<String> identified() {
        try {
            Optional<String> org = caller.organizationId();
            if (org.isPresent()) {
                return Optional.of("org:" + org.get());
            }
            return Optional.ofNullable(caller.userId()).map(user -> "sub:" + user);
        } catch (AuthenticationFailedException e) {
            return Optional.empty();
        }
    }

    private static Optional<RateLimitGroup> declaredGroup(Method endpoint) {
        RateLimited declared = endpoint.getAnnotation(RateLimited.class);
        if (declared == null) {
            declared = endpoint.getDeclaringClass().getAnnotation(RateLimited.class);
        }
        return Optional.ofNullable(declared).map(RateLimited::value);
    }

    private static Response refusal(RateLimitDecision decision) {
        RateLimitPolicy policy = decision.policy();
        String detail = "More than " + policy.limit() + " " + policy.name() + " requests in "
                + policy.period().toSeconds() + " s; retry in " + decision.resetSeconds() + " s";
        Response problem = Problems.response(
                PlatformProblems.RATE_LIMITED,
                PlatformProblems.RATE_LIMITED.kind().status(),
                detail,
                List.of(),
                Map.of("policy", policy.name()));
        Response.ResponseBuilder answer =
                Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, decision.resetSeconds());
        decision.headers().forEach(answer::header);
        return answer.build();
    }
}
