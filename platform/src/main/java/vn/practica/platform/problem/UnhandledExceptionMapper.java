package vn.practica.platform.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Anything unexpected: logged with an incident id the client can quote; no stack trace leaves the server.
 * A value the database refuses as data (SQLSTATE class 22: out of range, too long, not encodable) was the
 * client's, so it is a 400 rather than a 500; the transaction rolled back, so nothing was written. It is
 * still logged: the boundary should have refused it with a precise message.
 */
@Provider
public class UnhandledExceptionMapper implements ExceptionMapper<Exception> {
    private static final Logger LOG = Logger.getLogger(UnhandledExceptionMapper.class);
    private static final String DATA_EXCEPTION_CLASS = "22";

    @Override
    public Response toResponse(Exception e) {
        String incident = UUID.randomUUID().toString();
        Optional<SQLException> refusedData = refusedData(e);
        if (refusedData.isPresent()) {
            LOG.warnf(
                    "Database refused a request value (SQLSTATE %s), incident %s: %s",
                    refusedData.get().getSQLState(), incident, refusedData.get().getMessage());
            return Problems.response(
                    PlatformProblems.INVALID_REQUEST,
                    "A value of the request cannot be stored (out of range or not valid text); incident " + incident);
        }
        LOG.errorf(e, "Unhandled error, incident %s", incident);
        return Problems.response(PlatformProblems.INTERNAL_ERROR, "Unexpected error; incident " + incident);
    }

    private static Optional<SQLException> refusedData(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(DATA_EXCEPTION_CLASS)) {
                return Optional.of(sql);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }
}
