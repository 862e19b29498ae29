package vn.practica.catalog.competency;

import java.util.ArrayList;
import java.util.List;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.Problem;

/**
 * CASE list paging from the raw query values, parsed here so a bad value is a 400 naming the parameter
 * (JAX-RS would answer 404 for a non-numeric query parameter).
 */
record CasePaging(int limit, int offset) {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    static CasePaging of(String limit, String offset) {
        List<Problem.FieldError> errors = new ArrayList<>();
        int l = parse(limit, DEFAULT_LIMIT, 1, MAX_LIMIT, "query.limit", errors);
        int o = parse(offset, 0, 0, Integer.MAX_VALUE, "query.offset", errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        return new CasePaging(l, o);
    }

    private static int parse(
            String text, int fallback, int min, int max, String name, List<Problem.FieldError> errors) {
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new Problem.FieldError(name, "must be an integer from " + min + " to " + max));
        return fallback;
    }
}
