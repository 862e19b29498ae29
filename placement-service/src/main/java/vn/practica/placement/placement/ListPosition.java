package vn.practica.placement.placement;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.paging.Cursors;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.time.Timestamps;

/**
 * Where a page of applications or placements (newest first) ended: the creation time and id of its last row,
 * opaque to clients as a cursor.
 */
public record ListPosition(Instant createdAt, UUID id) {
    public String encode() {
        return Cursors.encode(createdAt.toString(), id.toString());
    }

    /** The position of {@code cursor}; absent without one, a problem naming {@code query.cursor} if it is not ours. */
    public static Optional<ListPosition> decode(String cursor) {
        if (cursor == null) {
            return Optional.empty();
        }
        return Optional.of(Cursors.decode(cursor, 2)
                .flatMap(parts -> {
                    UUID id = Uuids.parse(parts.get(1));
                    Optional<Instant> at = instant(parts.get(0)).filter(Timestamps::isStorable);
                    return id == null ? Optional.empty() : at.map(time -> new ListPosition(time, id));
                })
                .orElseThrow(() -> DomainException.invalid("query.cursor", "not a cursor from this API")));
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
