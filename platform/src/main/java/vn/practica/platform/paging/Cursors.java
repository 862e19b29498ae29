package vn.practica.platform.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Opaque keyset cursors: the sort key of the last row seen, base64url-encoded so clients treat it as a
 * token, not a format. Decoding never throws: a cursor this API did not issue is simply empty.
 */
public final class Cursors {
    /** Longer text is no cursor of ours: decoded as none, without reading it. */
    public static final int MAX_LENGTH = 512;

    private static final String SEPARATOR = "|";

    private Cursors() {}

    public static String encode(String... keyParts) {
        String raw = String.join(SEPARATOR, keyParts);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The key parts, when {@code cursor} decodes to exactly {@code parts} of them. */
    public static Optional<List<String>> decode(String cursor, int parts) {
        if (cursor == null || cursor.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> keys = List.of(raw.split("\\" + SEPARATOR, -1));
            return keys.size() == parts ? Optional.of(keys) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
