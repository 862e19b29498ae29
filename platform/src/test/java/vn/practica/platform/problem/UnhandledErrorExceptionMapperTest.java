package vn.practica.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class UnhandledErrorExceptionMapperTest {
    @Test
    void answersAnErrorWithTheInternalErrorProblemAndAnIncidentIdOnly() {
        for (Error error : new Error[] {new OutOfMemoryError("Java heap space"), new StackOverflowError()}) {
            Response response = new UnhandledErrorExceptionMapper().toResponse(error);
            assertEquals(500, response.getStatus());
            assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
            Problem problem = (Problem) response.getEntity();
            assertEquals("https://practica.vn/problems/internal-error", problem.type());
            assertTrue(problem.detail().matches("Unexpected error; incident [0-9a-f-]{36}"), problem.detail());
            assertFalse(problem.toString().contains("Error"), "no cause leaves the server: " + problem);
        }
    }
}
