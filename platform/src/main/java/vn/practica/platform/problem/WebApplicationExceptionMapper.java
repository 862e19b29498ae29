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
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = status.getStatusCode() >= 500 ? "The server could not complete the request" : e.getMessage();
        int code = status.getStatusCode();
        Response problem = Problems.response(PlatformProblems.forStatus(code), code, detail, List.of(), Map.of());
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
