package vn.practica.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Unreadable JSON bodies: says where, never echoes parser internals. */
@Provider
public class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {
    @Override
    public Response toResponse(JsonProcessingException e) {
        return Problems.response(400, "Bad Request", detail(e));
    }

    private static String detail(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "Unknown property '" + unknown.getPropertyName() + "'";
        }
        if (e instanceof InvalidFormatException invalid && !invalid.getPath().isEmpty()) {
            return "Invalid value for '" + invalid.getPath().get(0).getFieldName() + "'";
        }
        var location = e.getLocation();
        return location == null
                ? "The request body is not valid JSON"
                : "The request body is not valid JSON (line " + location.getLineNr() + ", column "
                        + location.getColumnNr() + ")";
    }
}
