package vn.practica.placement.offer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.practica.placement.coverage.ForMeRanking;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.paging.Cursors;

/** "For me" cursors: the ranking position of the last offer of a page, opaque to clients. */
final class ForMeCursors {
    private ForMeCursors() {}

    static String encode(ForMeRanking.Position position) {
        return Cursors.encode(
                Integer.toString(position.coveredCount()),
                Integer.toString(position.missingCount()),
                position.validThrough().toString(),
                position.id().toString());
    }

    /** The position, when the cursor is one this API issued: counts an offer can have, a date offers hold, an id. */
    static Optional<ForMeRanking.Position> decode(String cursor) {
        return Cursors.decode(cursor, 4).flatMap(ForMeCursors::position);
    }

    private static Optional<ForMeRanking.Position> position(List<String> parts) {
        OptionalCount covered = OptionalCount.of(parts.get(0));
        OptionalCount missing = OptionalCount.of(parts.get(1));
        Optional<LocalDate> deadline = date(parts.get(2));
        UUID id = Uuids.parse(parts.get(3));
        if (!covered.valid() || !missing.valid() || deadline.isEmpty() || id == null) {
            return Optional.empty();
        }
        return Optional.of(new ForMeRanking.Position(covered.value(), missing.value(), deadline.get(), id));
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text))
                    .filter(d -> !d.isBefore(OfferLimits.EARLIEST_DATE) && !d.isAfter(OfferLimits.LATEST_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A count of required items, 0 to the most an offer may require. */
    private record OptionalCount(boolean valid, int value) {
        static OptionalCount of(String text) {
            if (!text.matches("[0-9]{1,3}")) {
                return new OptionalCount(false, 0);
            }
            int value = Integer.parseInt(text);
            return new OptionalCount(value <= OfferLimits.MAX_COMPETENCIES, value);
        }
    }
}
