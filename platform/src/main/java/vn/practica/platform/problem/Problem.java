package vn.practica.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * RFC 9457 problem details, the one error shape of every service.
 *
 * @param errors for validation failures, one entry per offending field
 * @param extensions further members of the problem, e.g. {@code currentVersion}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors,
        @JsonAnyGetter Map<String, Object> extensions) {
    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid input: where it is ({@code body.nameVi}, {@code query.status}) and what is wrong. */
    public record FieldError(String field, String message) {}
}
