package vn.practica.platform.idempotency;

import vn.practica.platform.problem.DomainException;

/** A client's {@code Idempotency-Key}, scoped to the caller: two partners may well pick the same key. */
public record IdempotencyKey(String scope, String value) {
    public static final String HEADER = "Idempotency-Key";
    /** For the OpenAPI document of every endpoint that takes the header. */
    public static final String DESCRIPTION = "Optional; 1 to 255 printable ASCII characters, unique per request"
            + " of your organization. A retry with the same key and request gets the first response again"
            + " (Idempotent-Replayed: true) instead of a second effect; 422 idempotency-key-reused for another"
            + " request, 409 idempotency-key-in-flight while the first is running. Kept 24 hours by default.";

    public static final int MAX_LENGTH = 255;

    /**
     * The key as sent, checked: 1 to 255 printable ASCII characters (the draft's key is a structured-field
     * string, whose characters are 0x20 to 0x7E).
     */
    public static IdempotencyKey of(String scope, String value) {
        if (value.isEmpty() || value.length() > MAX_LENGTH || !value.chars().allMatch(c -> c >= 0x20 && c <= 0x7E)) {
            throw DomainException.invalid(
                    "header." + HEADER, "must be 1 to " + MAX_LENGTH + " printable ASCII characters");
        }
        return new IdempotencyKey(scope, value);
    }
}
