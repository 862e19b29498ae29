package vn.practica.platform.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.PlatformProblems;
import vn.practica.platform.problem.Problem.FieldError;

/**
 * A request body that may be left out (an action whose details are optional): none at all, whatever
 * Content-Type a client library adds to an empty request, or a JSON object read as strictly as every body
 * (unknown members, control characters and bad dates refused) and checked against its record's constraints.
 * JAX-RS alone would refuse an empty request sent as {@code text/plain} with 415, or read a text/plain body into a
 * record with one String member.
 */
@ApplicationScoped
public class OptionalJsonBody {
    private final ObjectMapper json;
    private final Validator validator;

    OptionalJsonBody(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** The body as {@code type}; empty when none came. Unreadable JSON surfaces as the platform's body problems. */
    public <T> Optional<T> read(byte[] body, String contentType, Class<T> type) throws IOException {
        if (body == null || body.length == 0) {
            return Optional.empty();
        }
        if (!isJson(contentType)) {
            throw new DomainException(
                    PlatformProblems.UNSUPPORTED_MEDIA_TYPE, "A body of this request must be application/json");
        }
        T value = json.readValue(body, type);
        if (value == null) {
            throw DomainException.invalid("body", "must be a JSON object, or no body at all");
        }
        List<FieldError> errors = validator.validate(value).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(OptionalJsonBody::error)
                .toList();
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return Optional.of(value);
    }

    private static FieldError error(ConstraintViolation<?> violation) {
        return new FieldError("body." + violation.getPropertyPath(), violation.getMessage());
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.valueOf(contentType);
            return MediaType.APPLICATION_JSON_TYPE.isCompatible(type)
                    || type.getSubtype().endsWith("+json");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
