package vn.practica.catalog.curriculum;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/** Opaque keyset position {@code (updatedAt, id)} of a delta read; stable while rows change. */
public record DeltaCursor(Instant updatedAt, UUID id) {
    public static final DeltaCursor START = new DeltaCursor(Instant.EPOCH, new UUID(0, 0));

    public String encode() {
        String raw = updatedAt.toString() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Empty when the text is not a cursor this service issued. */
    public static Optional<DeltaCursor> decode(String text) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", 2);
            return Optional.of(new DeltaCursor(Instant.parse(parts[0]), UUID.fromString(parts[1])));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
