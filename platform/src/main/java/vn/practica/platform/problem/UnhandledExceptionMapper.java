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
 * still logged: the boundary should have refused it with a precise message. A database the service cannot reach
 * (SQLSTATE class 08) or a connection pool with no connection to give in time is the service's state, not the
 * request's fault: 503 {@code unavailable} with {@code Retry-After}, so clients back off and retry.
 */
@Provider
public class UnhandledExceptionMapper implements ExceptionMapper<Exception> {
    private static final Logger LOG = Logger.getLogger(UnhandledExceptionMapper.class);
    private static final String DATA_EXCEPTION_CLASS = "22";
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** Where Agroal, Quarkus's pool, throws when no connection frees up within the acquisition timeout. */
    private static final String POOL_PACKAGE = "io.agroal.pool.";
    /** Seconds a client should wait: the pool's default acquisition timeout is 5 s. */
    static final String RETRY_AFTER_SECONDS = "5";

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
        if (databaseUnavailable(e)) {
            LOG.warnf("Database unavailable or no connection free in time, incident %s: %s", incident, e.toString());
            return Response.fromResponse(Problems.response(
                            PlatformProblems.UNAVAILABLE,
                            "The service is overloaded or its database is unreachable; retry later (incident "
                                    + incident + ")"))
                    .header("Retry-After", RETRY_AFTER_SECONDS)
                    .build();
        }
        LOG.errorf(e, "Unhandled error, incident %s", incident);
        return Problems.response(PlatformProblems.INTERNAL_ERROR, "Unexpected error; incident " + incident);
    }

    private static boolean databaseUnavailable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && (connectionException(sql) || thrownByPool(sql))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static boolean connectionException(SQLException sql) {
        return sql.getSQLState() != null && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS);
    }

    private static boolean thrownByPool(SQLException sql) {
        StackTraceElement[] trace = sql.getStackTrace();
        return trace.length > 0 && trace[0].getClassName().startsWith(POOL_PACKAGE);
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
