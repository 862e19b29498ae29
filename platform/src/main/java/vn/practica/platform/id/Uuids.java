package vn.practica.platform.id;

import java.util.UUID;
import vn.practica.platform.problem.DomainException;

/** The one way ids from clients become UUIDs: the canonical 8-4-4-4-12 hex form and nothing looser. */
public final class Uuids {
    /** For {@code @Pattern} on path parameters, so a malformed id is a 400 before any lookup. */
    public static final String PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    public static final String MESSAGE = "must be a UUID such as 3f2b8c1e-5d4a-4b7e-9c61-0a1b2c3d4e5f";

    private Uuids() {}

    /**
     * The UUID, or null when {@code value} is not one in {@link #PATTERN}'s form. Checked character by character,
     * not by the pattern: consumers parse several ids per event, and the regular expression was an eighth of
     * reporting's CPU while it applied a national round's events.
     */
    public static UUID parse(String value) {
        if (value == null || value.length() != 36) {
            return null;
        }
        for (int i = 0; i < 36; i++) {
            char c = value.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23 ? c != '-' : !hex(c)) {
                return null;
            }
        }
        return UUID.fromString(value);
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** The UUID, or an invalid-request problem naming {@code field} as the client sent it ({@code path.id}). */
    public static UUID require(String field, String value) {
        UUID id = parse(value);
        if (id == null) {
            throw DomainException.invalid(field, MESSAGE);
        }
        return id;
    }
}
