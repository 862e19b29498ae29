package vn.practica.platform.tenancy;

import java.util.UUID;

/** Organization ids are UUIDs; other {@code org} values (e.g. a ministry code) are not in the directory. */
public final class Uuids {
    private Uuids() {}

    /** The UUID, or null when {@code value} is not one. */
    public static UUID parse(String value) {
        if (value == null || value.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
