package vn.practica.platform.logging;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Priorities;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import vn.practica.platform.security.Caller;

/**
 * Puts the caller's organization into the logging MDC for the rest of the request and removes it with the
 * response. It reads the identity only when the request is already authenticated (endpoints with a role check
 * are, before request filters run): asking {@link Caller} would authenticate a public read and turn a stale
 * token there into a 401, which lazy authentication ({@code quarkus.http.auth.proactive=false}) avoids.
 */
public class CallerLogContextFilter {

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 5)
    public void putCallerOrganization(RoutingContext routing) {
        organization(routing).ifPresent(org -> MDC.put(LogContext.ORGANIZATION, org));
    }

    @ServerResponseFilter
    public void removeCallerOrganization() {
        MDC.remove(LogContext.ORGANIZATION);
    }

    private static Optional<String> organization(RoutingContext routing) {
        if (!(routing.user() instanceof QuarkusHttpUser user)) {
            return Optional.empty();
        }
        SecurityIdentity identity = user.getSecurityIdentity();
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Optional.empty();
        }
        return Caller.organizationOf(token);
    }
}
