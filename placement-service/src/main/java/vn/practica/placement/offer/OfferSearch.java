package vn.practica.placement.offer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A discovery search over open offers; empty parts match everything. {@code text} is the raw query, folded
 * like the offers' search text. {@code after} is the position of the last offer of the page before.
 */
public record OfferSearch(
        Optional<String> text,
        Optional<String> fieldCode,
        Optional<String> provinceCode,
        Optional<WorkMode> workMode,
        Optional<UUID> competencyItemId,
        Optional<LocalDate> deadlineAfter,
        Optional<Position> after,
        int limit) {

    /** Where a page ends: discovery lists the newest published first. */
    public record Position(Instant publishedAt, UUID id) {}
}
