package vn.practica.platform.http;

import java.io.IOException;

/**
 * Thrown by a request body that passes its limit, before the byte over the limit is handed on. An
 * {@link IOException}, so a JSON reader passes it through unwrapped; {@link BodyTooLargeExceptionMapper} turns
 * it into a 413 problem, and an endpoint that streams its body may catch it to answer with its own reason.
 */
public class BodyTooLargeException extends IOException {
    private final long limit;

    public BodyTooLargeException(String message, long limit) {
        super(message);
        this.limit = limit;
    }

    /** The limit that was passed, in bytes. */
    public long limit() {
        return limit;
    }
}
