package vn.practica.platform.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem responses; {@code type} URIs are stable identifiers clients may switch on. */
public final class Problems {
    static final String TYPE_BASE = "https://practica.vn/problems/";

    private Problems() {}

    public static Response response(int status, String title, String detail) {
        return response(status, title, detail, List.of());
    }

    public static Response response(int status, String title, String detail, List<Problem.FieldError> errors) {
        String type = TYPE_BASE + title.toLowerCase().replace(' ', '-');
        Problem problem = new Problem(type, title, status, detail, null, errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
