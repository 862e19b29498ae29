package vn.practica.platform.problem;

import java.net.URI;

/**
 * One reason a request is refused, as a client switches on it: a stable {@code type} URI per reason, a human
 * title, and the kind of failure, which alone decides the HTTP status. Declared as constants by the feature
 * that owns the reason and listed in {@code docs/problems.md}.
 */
public record ProblemType(String slug, String title, Kind kind) {
    public static final String TYPE_BASE = "https://practica.vn/problems/";

    /** The kinds of failure a domain can name; the mapping to HTTP lives here, not in services. */
    public enum Kind {
        INVALID_REQUEST(400),
        UNAUTHENTICATED(401),
        FORBIDDEN(403),
        NOT_FOUND(404),
        METHOD_NOT_ALLOWED(405),
        NOT_ACCEPTABLE(406),
        CONFLICT(409),
        PRECONDITION_FAILED(412),
        TOO_LARGE(413),
        URI_TOO_LONG(414),
        UNSUPPORTED_MEDIA_TYPE(415),
        UNPROCESSABLE(422),
        PRECONDITION_REQUIRED(428),
        TOO_MANY_REQUESTS(429),
        HEADERS_TOO_LARGE(431),
        INTERNAL(500),
        UNAVAILABLE(503);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    public ProblemType {
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("problem slug must be kebab-case: " + slug);
        }
    }

    public static ProblemType of(String slug, String title, Kind kind) {
        return new ProblemType(slug, title, kind);
    }

    public URI uri() {
        return URI.create(TYPE_BASE + slug);
    }
}
