package vn.practica.platform.idempotency;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Hashes the body of requests that carry an {@code Idempotency-Key} while the endpoint reads it. Runs after the
 * body limit filter, so the hash reads through the limit too.
 */
public class RequestFingerprintFilter {
    private final RequestFingerprint fingerprint;

    RequestFingerprintFilter(RequestFingerprint fingerprint) {
        this.fingerprint = fingerprint;
    }

    @ServerRequestFilter(priority = Priorities.USER + 100)
    public void watchBody(ContainerRequestContext request) {
        if (request.getHeaderString(IdempotencyKey.HEADER) == null) {
            return;
        }
        String path = request.getUriInfo().getPath();
        request.setEntityStream(fingerprint.watch(request.getMethod(), path, request.getEntityStream()));
    }
}
