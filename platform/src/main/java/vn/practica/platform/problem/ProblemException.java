package vn.practica.platform.problem;

import java.util.List;

/** A domain rule said no; carries the HTTP status and a human-readable explanation for the client. */
public class ProblemException extends RuntimeException {
    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    /** Input that is well-formed but refers to something that does not exist or is not allowed. */
    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(400, "Bad Request", "The request has invalid fields", errors);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not Found", detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "Precondition Failed", detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
