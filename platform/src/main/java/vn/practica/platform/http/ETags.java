package vn.practica.platform.http;

import jakarta.ws.rs.core.EntityTag;

/** Our strong ETags are a resource's version, the same number {@code If-Match} is compared with. */
public final class ETags {
    public static final String HEADER = "ETag";
    /** {@code "9223372036854775807"}, the largest version, quoted. */
    public static final int MAX_LENGTH = 21;
    /** The largest version, for the OpenAPI document's {@code maximum} of version members. */
    public static final String MAX_VERSION = "9223372036854775807";
    /** For the OpenAPI document of every response that carries one. */
    public static final String DESCRIPTION = "The version of what the body shows, such as \"3\"; send it back in"
            + " If-Match to change exactly that version.";

    private ETags() {}

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }
}
