package vn.practica.platform.http;

import java.util.OptionalLong;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.PlatformProblems;

/** Reads {@code If-Match}: our ETags are a resource's version, such as {@code "3"}. */
public final class IfMatch {
    public static final String HEADER = "If-Match";
    /** {@code W/"9223372036854775807"}, the longest ETag we send, fits with room to spare. */
    public static final int MAX_LENGTH = 32;
    /** For the OpenAPI document of every endpoint that takes the header. */
    public static final String DESCRIPTION = "Optional; the ETag of the version you read, such as \"3\", or *."
            + " A change against another version than the current one is refused with 412 stale-version, whose"
            + " currentVersion says what to read again; a value that is no ETag of ours is 412 invalid-if-match.";
    /** For the OpenAPI document of an endpoint that refuses a change without the header. */
    public static final String REQUIRED_DESCRIPTION = "Required; the ETag of the version you read, such as \"3\","
            + " or * to change whatever version is current. Without it the change is refused with 428"
            + " if-match-required; against another version than the current one with 412 stale-version, whose"
            + " currentVersion says what to read again; a value that is no ETag of ours is 412 invalid-if-match.";

    private IfMatch() {}

    /** Empty when absent or {@code *}; a problem when it cannot be a version. */
    public static OptionalLong version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.strip())) {
            return OptionalLong.empty();
        }
        String value = ifMatch.strip();
        if (value.length() > MAX_LENGTH) {
            throw invalid();
        }
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return OptionalLong.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    /**
     * As {@link #version}, for changes that must not be made blind (a new edition of a standard others build
     * on): an absent header is refused with 428, {@code *} says "whatever is current" on purpose.
     */
    public static OptionalLong required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new DomainException(
                    PlatformProblems.IF_MATCH_REQUIRED,
                    "Send If-Match with the ETag of the version you read (or * to change whatever is current)");
        }
        return version(ifMatch);
    }

    private static DomainException invalid() {
        return new DomainException(
                PlatformProblems.INVALID_IF_MATCH,
                "If-Match must be an ETag such as \"3\" (at most " + MAX_LENGTH + " characters)");
    }

    /**
     * Refuses a change made against another version than the current one; the problem carries the current
     * version so the client can re-read and retry.
     */
    public static void requireCurrent(String resource, long currentVersion, OptionalLong expectedVersion) {
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != currentVersion) {
            throw new DomainException(
                            PlatformProblems.STALE_VERSION,
                            resource + " is at version " + currentVersion + ", not " + expectedVersion.getAsLong())
                    .with("currentVersion", currentVersion);
        }
    }
}
