package vn.practica.platform.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A domain rule said no. Services throw it with the {@link ProblemType} of their reason; one mapper turns it
 * into an RFC 9457 problem, so no service knows HTTP status codes.
 */
public class DomainException extends RuntimeException {
    private final ProblemType type;
    private final List<Problem.FieldError> errors;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public DomainException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public DomainException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    /** Input that is well-formed but names something unknown or not allowed, one entry per field. */
    public static DomainException invalid(List<Problem.FieldError> errors) {
        return new DomainException(PlatformProblems.INVALID_REQUEST, "The request has invalid fields", errors);
    }

    /** One invalid field, named as the client sent it ({@code body.identifier}, {@code path.id}). */
    public static DomainException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    public static DomainException notFound(String detail) {
        return new DomainException(PlatformProblems.NOT_FOUND, detail);
    }

    /** Adds an RFC 9457 extension member, e.g. the current version for a stale-version problem. */
    public DomainException with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return Map.copyOf(extensions);
    }
}
