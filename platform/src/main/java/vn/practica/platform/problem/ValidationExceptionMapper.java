package vn.practica.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures: 400 with every offending field, named as the client sent it. */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return Problems.response(PlatformProblems.INVALID_REQUEST, "The request has invalid fields", errors);
    }

    /**
     * Names the field as the client sent it: {@code query.status}, {@code path.code}, {@code header.x}, or
     * {@code body.x.y} for the request body ({@code body.links[2]} for an entry of a list), dropping Java method
     * and parameter names.
     */
    private static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder name = new StringBuilder();
        Method method = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                method = method(violation.getRootBeanClass(), node.as(Path.MethodNode.class));
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                name.append(
                        parameterName(method, node.as(Path.ParameterNode.class).getParameterIndex()));
                continue;
            }
            if (node.isInIterable()) {
                name.append('[')
                        .append(node.getIndex() != null ? node.getIndex() : node.getKey())
                        .append(']');
            }
            // An entry of a list is named by its index alone: body.links[2], not body.links[2].<list element>
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                name.append(name.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return name.toString();
    }

    /**
     * The resource method as declared: the CDI subclass Quarkus generates for interceptors overrides it
     * without the JAX-RS parameter annotations, so look up the hierarchy for the declaring class.
     */
    private static Method method(Class<?> resource, Path.MethodNode node) {
        Class<?>[] types = node.getParameterTypes().toArray(Class<?>[]::new);
        Method found = null;
        for (Class<?> type = resource; type != null && type != Object.class; type = type.getSuperclass()) {
            try {
                found = type.getDeclaredMethod(node.getName(), types);
            } catch (NoSuchMethodException e) {
                // declared higher up
            }
        }
        return found;
    }

    private static String parameterName(Method method, int index) {
        if (method == null) {
            return "body";
        }
        for (Annotation annotation : method.getParameterAnnotations()[index]) {
            if (annotation instanceof QueryParam query) {
                return "query." + query.value();
            }
            if (annotation instanceof PathParam path) {
                return "path." + path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return "header." + header.value();
            }
        }
        return "body";
    }
}
