package vn.practica.platform.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** Builds problem responses; the {@code type} URI is the stable identifier clients may switch on. */
public final class Problems {
    private Problems() {}

    public static Response response(ProblemType type, String detail) {
        return response(type, type.kind().status(), detail, List.of(), Map.of());
    }

    public static Response response(ProblemType type, String detail, List<Problem.FieldError> errors) {
        return response(type, type.kind().status(), detail, errors, Map.of());
    }

    /** With an explicit status, for framework errors whose status has no reason of its own. */
    public static Response response(
            ProblemType type,
            int status,
            String detail,
            List<Problem.FieldError> errors,
            Map<String, Object> extensions) {
        Problem problem = new Problem(
                type.uri().toString(),
                type.title(),
                status,
                ProblemBounds.detail(detail, errors.size()),
                null,
                ProblemBounds.errors(errors),
                extensions);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
