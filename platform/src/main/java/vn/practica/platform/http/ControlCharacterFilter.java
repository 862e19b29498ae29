package vn.practica.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.practica.platform.problem.PlatformProblems;
import vn.practica.platform.problem.Problem;
import vn.practica.platform.problem.Problems;
import vn.practica.platform.text.ControlCharacters;

/**
 * Query parameters and path segments with control characters (a {@code q=%00}) are refused before any
 * endpoint runs, for every endpoint of every service: no search, lookup or cursor ever sees them.
 */
public class ControlCharacterFilter {

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseControlCharacters(ContainerRequestContext request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters(true);
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (ControlCharacters.in(parameter.getKey())
                    || parameter.getValue().stream().anyMatch(ControlCharacters::in)) {
                errors.add(new Problem.FieldError("query." + printable(parameter.getKey()), ControlCharacters.MESSAGE));
            }
        }
        for (PathSegment segment : request.getUriInfo().getPathSegments(true)) {
            if (ControlCharacters.in(segment.getPath())) {
                errors.add(new Problem.FieldError("path", ControlCharacters.MESSAGE));
                break;
            }
        }
        return errors.isEmpty()
                ? Optional.empty()
                : Optional.of(Problems.response(
                        PlatformProblems.INVALID_REQUEST, "The request has invalid parameters", errors));
    }

    private static String printable(String name) {
        return ControlCharacters.in(name) ? "?" : name;
    }
}
