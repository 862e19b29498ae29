package vn.practica.platform.idempotency;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** What is kept of a response to replay it: status, the headers a client acts on, and the body. */
record StoredResponse(int status, String location, String etag, String contentType, byte[] body) {
    static final String REPLAYED = "Idempotent-Replayed";

    Response toResponse(boolean replayed) {
        Response.ResponseBuilder builder = Response.status(status).entity(body);
        if (location != null) {
            builder.header(HttpHeaders.LOCATION, location);
        }
        if (etag != null) {
            builder.header(HttpHeaders.ETAG, etag);
        }
        if (contentType != null) {
            builder.header(HttpHeaders.CONTENT_TYPE, contentType);
        }
        if (replayed) {
            builder.header(REPLAYED, "true");
        }
        return builder.build();
    }
}
