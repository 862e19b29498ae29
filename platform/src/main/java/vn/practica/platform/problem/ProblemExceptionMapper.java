package vn.practica.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Domain rule violations thrown by services. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {
    @Override
    public Response toResponse(ProblemException e) {
        return Problems.response(e.status(), e.title(), e.getMessage(), e.errors());
    }
}
