package vn.practica.catalog.curriculum;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.paging.Cursors;
import vn.practica.platform.time.Timestamps;

/** Opaque keyset position {@code (updatedAt, id)} of a delta read; stable while rows change. */
public record DeltaCursor(Instant updatedAt, UUID id) {
    public static final DeltaCursor START = new DeltaCursor(Instant.EPOCH, new UUID(0, 0));

    public String encode() {
        return Cursors.encode(updatedAt.toString(), id.toString());
    }

    /** Empty when the text is not a cursor this service issued. */
    public static Optional<DeltaCursor> decode(String text) {
        return Cursors.decode(text, 2).flatMap(DeltaCursor::of);
    }

    private static Optional<DeltaCursor> of(List<String> keys) {
        UUID id = Uuids.parse(keys.get(1));
        try {
            Instant updatedAt = Instant.parse(keys.get(0));
            return id == null || !Timestamps.isStorable(updatedAt)
                    ? Optional.empty()
                    : Optional.of(new DeltaCursor(updatedAt, id));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
