package vn.practica.platform.problem;

import static vn.practica.platform.problem.ProblemType.Kind;

import java.util.List;

/** Reasons every service shares: request shape, identity, versions, limits, framework errors. */
public final class PlatformProblems {
    public static final ProblemType INVALID_REQUEST =
            ProblemType.of("invalid-request", "The request has invalid fields", Kind.INVALID_REQUEST);
    public static final ProblemType MALFORMED_BODY =
            ProblemType.of("malformed-body", "The request body cannot be read", Kind.INVALID_REQUEST);
    public static final ProblemType UNAUTHENTICATED =
            ProblemType.of("unauthenticated", "A valid bearer token is required", Kind.UNAUTHENTICATED);
    public static final ProblemType FORBIDDEN =
            ProblemType.of("forbidden", "Your role or organization may not do this", Kind.FORBIDDEN);
    public static final ProblemType ORGANIZATION_SUSPENDED =
            ProblemType.of("organization-suspended", "Your organization is suspended", Kind.FORBIDDEN);
    public static final ProblemType NOT_FOUND = ProblemType.of("not-found", "Not found", Kind.NOT_FOUND);
    public static final ProblemType METHOD_NOT_ALLOWED =
            ProblemType.of("method-not-allowed", "Method not allowed", Kind.METHOD_NOT_ALLOWED);
    public static final ProblemType NOT_ACCEPTABLE =
            ProblemType.of("not-acceptable", "No acceptable representation", Kind.NOT_ACCEPTABLE);
    public static final ProblemType CONCURRENT_CHANGE =
            ProblemType.of("concurrent-change", "Changed concurrently", Kind.CONFLICT);
    public static final ProblemType STALE_VERSION =
            ProblemType.of("stale-version", "The resource has changed", Kind.PRECONDITION_FAILED);
    public static final ProblemType INVALID_IF_MATCH =
            ProblemType.of("invalid-if-match", "If-Match is not a version", Kind.PRECONDITION_FAILED);
    public static final ProblemType IF_MATCH_REQUIRED =
            ProblemType.of("if-match-required", "If-Match is required", Kind.PRECONDITION_REQUIRED);
    public static final ProblemType BODY_TOO_LARGE =
            ProblemType.of("body-too-large", "The request body is too large", Kind.TOO_LARGE);
    public static final ProblemType URI_TOO_LONG = ProblemType.of("uri-too-long", "URI too long", Kind.URI_TOO_LONG);
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE =
            ProblemType.of("unsupported-media-type", "Unsupported content type", Kind.UNSUPPORTED_MEDIA_TYPE);
    public static final ProblemType RATE_LIMITED =
            ProblemType.of("rate-limited", "Too many requests", Kind.TOO_MANY_REQUESTS);
    public static final ProblemType HEADERS_TOO_LARGE =
            ProblemType.of("headers-too-large", "Request headers too large", Kind.HEADERS_TOO_LARGE);
    public static final ProblemType INTERNAL_ERROR =
            ProblemType.of("internal-error", "Unexpected error", Kind.INTERNAL);
    public static final ProblemType UNAVAILABLE =
            ProblemType.of("unavailable", "Temporarily unavailable", Kind.UNAVAILABLE);

    private static final List<ProblemType> BY_STATUS = List.of(
            INVALID_REQUEST,
            UNAUTHENTICATED,
            FORBIDDEN,
            NOT_FOUND,
            METHOD_NOT_ALLOWED,
            NOT_ACCEPTABLE,
            CONCURRENT_CHANGE,
            STALE_VERSION,
            BODY_TOO_LARGE,
            URI_TOO_LONG,
            UNSUPPORTED_MEDIA_TYPE,
            RATE_LIMITED,
            HEADERS_TOO_LARGE,
            UNAVAILABLE);

    private PlatformProblems() {}

    /**
     * The type for an error the framework raised with only an HTTP status; statuses without a reason of their
     * own share {@link #INVALID_REQUEST} or {@link #INTERNAL_ERROR} (the response keeps the real status).
     */
    public static ProblemType forStatus(int status) {
        return BY_STATUS.stream()
                .filter(type -> type.kind().status() == status)
                .findFirst()
                .orElse(status < 500 ? INVALID_REQUEST : INTERNAL_ERROR);
    }
}
