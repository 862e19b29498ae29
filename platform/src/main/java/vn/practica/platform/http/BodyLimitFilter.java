package vn.practica.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.practica.platform.problem.PlatformProblems;
import vn.practica.platform.problem.Problems;

/**
 * Refuses a declared body larger than the limit before it is read, with a problem document that says the
 * limit, so a partner system learns how to split its upload.
 */
public class BodyLimitFilter {
    private final BodyLimitConfig config;

    BodyLimitFilter(BodyLimitConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseOversizedBodies(ContainerRequestContext request) {
        long limit = config.maxBodySize().asLongValue();
        return declaredLength(request.getHeaderString(HttpHeaders.CONTENT_LENGTH))
                .filter(length -> length > limit)
                .map(length -> Problems.response(
                        PlatformProblems.BODY_TOO_LARGE,
                        "The body has " + length + " bytes; this API accepts at most " + limit + " bytes per request"));
    }

    private static Optional<Long> declaredLength(String header) {
        try {
            return header == null ? Optional.empty() : Optional.of(Long.parseLong(header.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
