package vn.practica.placement.offer;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.paging.Cursors;
import vn.practica.platform.time.Timestamps;

/** Discovery cursors: the published time and id of the last offer of a page, opaque to clients. */
final class OfferCursors {
    private OfferCursors() {}

    static String encode(OfferSearch.Position position) {
        return Cursors.encode(position.publishedAt().toString(), position.id().toString());
    }

    /** The position, when the cursor is one this API issued: a time the database can hold, and an id. */
    static Optional<OfferSearch.Position> decode(String cursor) {
        return Cursors.decode(cursor, 2).flatMap(parts -> {
            UUID id = Uuids.parse(parts.get(1));
            Optional<Instant> publishedAt = instant(parts.get(0)).filter(Timestamps::isStorable);
            return id == null ? Optional.empty() : publishedAt.map(at -> new OfferSearch.Position(at, id));
        });
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
