package vn.practica.platform.http;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

/**
 * 201 responses whose {@code Location} is a path relative to the server (RFC 9110 allows it). JAX-RS would
 * resolve a relative URI against the request's {@code Host} header, which a client chooses: a
 * {@code Host: evil.example} would then come back as {@code Location: http://evil.example/...}.
 */
public final class Created {
    private Created() {}

    /** {@code 201 Created} with {@code Location} = the resource class's path followed by {@code segments}. */
    public static Response.ResponseBuilder at(Class<?> resource, String... segments) {
        UriBuilder path = UriBuilder.fromResource(resource);
        for (String segment : segments) {
            path.path(segment);
        }
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, path.build().getRawPath());
    }

    /**
     * {@code 201 Created} at the path of a resource class whose path has templates
     * ({@code /businesses/{businessId}/offers/{externalRef}}), filled in order with {@code values}, each
     * percent-encoded as one path segment.
     */
    public static Response.ResponseBuilder atTemplate(Class<?> resource, Object... values) {
        return Response.status(Response.Status.CREATED)
                .header(
                        HttpHeaders.LOCATION,
                        UriBuilder.fromResource(resource).build(values).getRawPath());
    }
}
