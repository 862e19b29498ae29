package vn.practica.platform.http;

import jakarta.ws.rs.core.EntityTag;

/** Our strong ETags are a resource's version, the same number {@code If-Match} is compared with. */
public final class ETags {
    private ETags() {}

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }
}
