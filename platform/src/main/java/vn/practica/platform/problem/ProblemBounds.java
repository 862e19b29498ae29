package vn.practica.platform.problem;

import java.util.List;

/**
 * The most a problem body holds, so every error answer stays small whatever the request held (a CASE package
 * with 100,000 bad rows, a 4 KB path echoed in a message) and the OpenAPI document can state its bounds.
 */
public final class ProblemBounds {
    public static final int MAX_ERRORS = 1000;
    public static final int MAX_DETAIL = 2000;
    public static final int MAX_FIELD = 300;
    public static final int MAX_MESSAGE = 1000;

    private static final String ELLIPSIS = "…";

    private ProblemBounds() {}

    /** The detail cut to {@link #MAX_DETAIL}, saying how many errors were left out, if any. */
    static String detail(String detail, int errorCount) {
        String told = detail;
        if (errorCount > MAX_ERRORS) {
            String omitted = " (the first " + MAX_ERRORS + " of " + errorCount + " errors are listed)";
            told = cut(detail == null ? "" : detail, MAX_DETAIL - omitted.length()) + omitted;
        }
        return cut(told, MAX_DETAIL);
    }

    static List<Problem.FieldError> errors(List<Problem.FieldError> errors) {
        return errors.stream()
                .limit(MAX_ERRORS)
                .map(e -> new Problem.FieldError(cut(e.field(), MAX_FIELD), cut(e.message(), MAX_MESSAGE)))
                .toList();
    }

    private static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - ELLIPSIS.length()) + ELLIPSIS;
    }
}
