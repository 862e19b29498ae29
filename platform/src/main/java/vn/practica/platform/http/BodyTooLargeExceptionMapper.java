package vn.practica.platform.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.practica.platform.problem.PlatformProblems;
import vn.practica.platform.problem.Problems;

/** A body over its limit, found while it was read: 413 {@code body-too-large}, saying the limit. */
@Provider
public class BodyTooLargeExceptionMapper implements ExceptionMapper<BodyTooLargeException> {
    @Override
    public Response toResponse(BodyTooLargeException e) {
        return Problems.response(PlatformProblems.BODY_TOO_LARGE, e.getMessage());
    }
}
