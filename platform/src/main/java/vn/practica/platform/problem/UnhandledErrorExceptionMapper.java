package vn.practica.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * An {@link Error} reaching JAX-RS ({@code OutOfMemoryError}, {@code StackOverflowError}, ...): the same 500
 * problem as an unexpected exception, with an incident id to quote and the cause only in the log, instead of
 * the framework's default body.
 */
@Provider
public class UnhandledErrorExceptionMapper implements ExceptionMapper<Error> {
    private static final Logger LOG = Logger.getLogger(UnhandledErrorExceptionMapper.class);

    @Override
    public Response toResponse(Error e) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unhandled error, incident %s", incident);
        return Problems.response(PlatformProblems.INTERNAL_ERROR, "Unexpected error; incident " + incident);
    }
}
