package vn.practica.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class UnhandledExceptionMapperTest {
    private final UnhandledExceptionMapper mapper = new UnhandledExceptionMapper();

    @Test
    void aPoolWithNoConnectionFreeInTimeIsServiceUnavailableWithRetryAfter() {
        SQLException timeout = new SQLException("Sorry, acquisition timeout!");
        timeout.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("io.agroal.pool.ConnectionPool", "handlerFromSharedCache", "ConnectionPool.java", 1)
        });
        Response response = mapper.toResponse(new IllegalStateException("Unable to acquire JDBC Connection", timeout));
        assertUnavailable(response);
    }

    @Test
    void anUnreachableDatabaseIsServiceUnavailable() {
        Response response = mapper.toResponse(new RuntimeException(new SQLException("Connection refused", "08001")));
        assertUnavailable(response);
    }

    @Test
    void aValueTheDatabaseRefusesIsTheClientsAndOtherSqlErrorsAreInternal() {
        assertEquals(
                400,
                mapper.toResponse(new RuntimeException(new SQLException("too long", "22001")))
                        .getStatus());
        Response other = mapper.toResponse(new RuntimeException(new SQLException("deadlock detected", "40P01")));
        assertEquals(500, other.getStatus());
        assertNull(other.getHeaderString("Retry-After"));
    }

    private static void assertUnavailable(Response response) {
        assertEquals(503, response.getStatus());
        assertEquals(UnhandledExceptionMapper.RETRY_AFTER_SECONDS, response.getHeaderString("Retry-After"));
        Problem problem = (Problem) response.getEntity();
        assertEquals("https://practica.vn/problems/unavailable", problem.type());
        assertFalse(problem.toString().contains("agroal"), "no cause leaves the server: " + problem);
        assertTrue(problem.detail().contains("incident"), problem.detail());
    }
}
