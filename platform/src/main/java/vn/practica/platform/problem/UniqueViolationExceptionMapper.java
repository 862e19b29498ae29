package vn.practica.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.hibernate.exception.ConstraintViolationException;

/** A write lost a race against a concurrent one on a unique key: the client's request conflicts. */
@Provider
public class UniqueViolationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
        return Problems.response(
                PlatformProblems.CONCURRENT_CHANGE, "The resource was changed or created concurrently; retry");
    }
}
