package vn.practica.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;

/**
 * An {@link Error} thrown by an endpoint (out of heap, stack overflow) reaches the client as the one 500 problem,
 * with an incident id and no stack, instead of the framework's default body.
 */
@QuarkusTest
class ErrorProblemTest {

    /** Only in tests, and kept out of the OpenAPI document: an endpoint that throws the error it is named after. */
    @Path("/test-only/errors")
    public static class ThrowingResource {
        @GET
        @Path("/{error}")
        @PermitAll
        @Operation(hidden = true)
        public String fail(@PathParam("error") String error) {
            throw switch (error) {
                case "out-of-memory" -> new OutOfMemoryError("Java heap space");
                case "stack-overflow" -> new StackOverflowError();
                default -> new AssertionError("unexpected " + error);
            };
        }
    }

    @Test
    void errorsThrownByAnEndpointAreTheInternalErrorProblem() {
        for (String error : new String[] {"out-of-memory", "stack-overflow", "assertion"}) {
            given().when()
                    .get("/test-only/errors/" + error)
                    .then()
                    .statusCode(500)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://practica.vn/problems/internal-error"))
                    .body("detail", matchesPattern("Unexpected error; incident [0-9a-f-]{36}"))
                    .body(not(containsString("java.lang")));
        }
    }
}
