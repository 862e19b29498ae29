package vn.practica.platform.inbox;

/** A record that is not a valid CloudEvent or whose data does not match its type; retrying cannot help. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
