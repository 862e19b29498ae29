package vn.practica.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Headers every API answer carries: {@code nosniff}, so a browser never runs a JSON answer as something else,
 * and {@code no-store} on answers to authenticated requests, so no shared cache keeps one partner's data for
 * another.
 */
public class SecurityHeadersFilter {
    static final String NO_SNIFF = "X-Content-Type-Options";

    @ServerResponseFilter
    public void addSecurityHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(NO_SNIFF, "nosniff");
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }
}
