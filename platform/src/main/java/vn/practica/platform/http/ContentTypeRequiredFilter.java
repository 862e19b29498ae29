package vn.practica.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.practica.platform.problem.PlatformProblems;
import vn.practica.platform.problem.Problems;

/**
 * A body without a {@code Content-Type} is refused with 415: without it the server would have to guess
 * how to read the body, and a guess is how a wrong reading gets stored.
 */
public class ContentTypeRequiredFilter {
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> requireContentType(ContainerRequestContext request) {
        if (!WITH_BODY.contains(request.getMethod()) || !hasBody(request)) {
            return Optional.empty();
        }
        String type = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (type != null && !type.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Problems.response(
                PlatformProblems.UNSUPPORTED_MEDIA_TYPE, "A request with a body must say its Content-Type"));
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return request.getHeaderString("Transfer-Encoding") != null || (length != null && !"0".equals(length.strip()));
    }
}
