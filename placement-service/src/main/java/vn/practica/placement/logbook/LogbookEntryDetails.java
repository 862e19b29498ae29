package vn.practica.placement.logbook;

import java.time.Instant;
import java.util.UUID;

/**
 * A logbook entry as stored, for reading.
 *
 * @param recordedBy the {@code sub} of who submitted it last
 * @param decisionComment the approver's comment on its last decision (kept when it is edited after a return)
 */
public record LogbookEntryDetails(
        UUID id,
        UUID placementId,
        EntryContent content,
        EntryStatus status,
        String recordedBy,
        String decidedBy,
        Instant decidedAt,
        String decisionComment,
        Instant createdAt,
        long version,
        Instant updatedAt) {}
