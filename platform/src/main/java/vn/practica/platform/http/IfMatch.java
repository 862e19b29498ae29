package vn.practica.platform.http;

import java.util.OptionalLong;
import vn.practica.platform.problem.ProblemException;

/** Reads {@code If-Match}: our ETags are a resource's version, such as {@code "3"}. */
public final class IfMatch {
    private IfMatch() {}

    /** Empty when absent or {@code *}; 412 when it cannot be a version. */
    public static OptionalLong version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.strip())) {
            return OptionalLong.empty();
        }
        String value = ifMatch.strip().replace("\"", "");
        try {
            return OptionalLong.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw ProblemException.preconditionFailed("If-Match must be an ETag such as \"3\"");
        }
    }
}
