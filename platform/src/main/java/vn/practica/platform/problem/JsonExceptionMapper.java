package vn.practica.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import vn.practica.platform.json.RejectedTextException;

/** Unreadable JSON bodies: says where, never echoes parser internals. */
@Provider
public class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {
    @Override
    public Response toResponse(JsonProcessingException e) {
        return problem(e);
    }

    static Response problem(JsonProcessingException e) {
        if (e instanceof RejectedTextException rejected) {
            String field = "body." + path(rejected.getPath());
            return Problems.response(
                    PlatformProblems.INVALID_REQUEST,
                    "The request has invalid fields",
                    List.of(new Problem.FieldError(field, RejectedTextException.REASON)));
        }
        return Problems.response(PlatformProblems.MALFORMED_BODY, detail(e));
    }

    private static String detail(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "Unknown property '" + unknown.getPropertyName() + "'";
        }
        if (e instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            return "Invalid value for '" + path(mismatch.getPath()) + "'";
        }
        var location = e.getLocation();
        return location == null
                ? "The request body is not valid JSON"
                : "The request body is not valid JSON (line " + location.getLineNr() + ", column "
                        + location.getColumnNr() + ")";
    }

    /** {@code items[3].sourcedId} style, as a client would write it. */
    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (var reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
