package vn.practica.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The one mapping from a domain reason to its RFC 9457 problem. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {
    @Override
    public Response toResponse(DomainException e) {
        ProblemType type = e.type();
        return Problems.response(type, type.kind().status(), e.getMessage(), e.errors(), e.extensions());
    }
}
