package vn.practica.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Framework errors (unknown path, wrong method, unsupported media type) in the same shape. A body the JSON
 * reader could not parse arrives here as a bare 400 wrapping the parser's exception: it gets the same
 * problem, saying where, as a parse error thrown directly.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
        Optional<JsonProcessingException> unreadable = jsonCause(e);
        if (unreadable.isPresent()) {
            return JsonExceptionMapper.problem(unreadable.get());
        }
        int code = e.getResponse().getStatus();
        if (code == Response.Status.NOT_FOUND.getStatusCode() && e.getCause() != null) {
            // JAX-RS answers 404 when a query or path parameter cannot be converted (page=abc): the client's
            // value is wrong, not the resource missing.
            return Problems.response(
                    PlatformProblems.INVALID_REQUEST, "A query or path parameter has a value of the wrong type");
        }
        ProblemType type = PlatformProblems.forStatus(code);
        // The framework's own messages name its internals (MessageBodyReader, @Consumes): say the reason only.
        String detail = code >= 500 ? "The server could not complete the request" : type.title();
        Response problem = Problems.response(type, code, detail, List.of(), Map.of());
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!"Content-Type".equalsIgnoreCase(name)) {
                values.forEach(value -> problem.getHeaders().add(name, value));
            }
        });
        return problem;
    }

    private static Optional<JsonProcessingException> jsonCause(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return Optional.of(json);
            }
        }
        return Optional.empty();
    }
}
