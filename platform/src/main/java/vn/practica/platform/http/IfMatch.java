package vn.practica.platform.http;

import java.util.OptionalLong;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.PlatformProblems;

/** Reads {@code If-Match}: our ETags are a resource's version, such as {@code "3"}. */
public final class IfMatch {
    private IfMatch() {}

    /** Empty when absent or {@code *}; a problem when it cannot be a version. */
    public static OptionalLong version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.strip())) {
            return OptionalLong.empty();
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return OptionalLong.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new DomainException(PlatformProblems.INVALID_IF_MATCH, "If-Match must be an ETag such as \"3\"");
        }
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
