package vn.practica.platform.problem;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A JSON value of the wrong type or format (a malformed UUID, a string for a number). Quarkus REST ships its
 * own mapper for this subtype, which would win over {@link JsonExceptionMapper} and answer plain JSON.
 */
@Provider
public class JsonMismatchExceptionMapper implements ExceptionMapper<MismatchedInputException> {
    @Override
    public Response toResponse(MismatchedInputException e) {
        return JsonExceptionMapper.problem(e);
    }
}
