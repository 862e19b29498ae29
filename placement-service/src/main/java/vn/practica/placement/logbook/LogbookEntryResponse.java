package vn.practica.placement.logbook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.placement.placement.PlacementAudience;
import vn.practica.platform.http.ETags;

/**
 * A logbook entry as its reader may see it: the State reads dates, hours, items and statuses, not what anyone
 * wrote (activity, evidence, comment) nor who acted.
 */
@Schema(name = "LogbookEntryResponse", description = "A logbook entry; members you may not see are absent")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LogbookEntryResponse(
        UUID id,
        UUID placementId,

        @Schema(minimum = "1", maximum = ETags.MAX_VERSION, description = "The ETag; each change takes the next")
        long version,

        LocalDate date,

        @Schema(minimum = "0.01", maximum = LogbookLimits.MAX_DAY_HOURS)
        BigDecimal hours,

        @Schema(maxLength = LogbookLimits.ACTIVITY) String activity,

        @Schema(maxItems = LogbookLimits.MAX_ITEMS) List<UUID> competencyItemIds,

        @Schema(maxLength = LogbookLimits.EVIDENCE_URL) String evidenceUrl,

        EntryStatus status,

        @Schema(maxLength = 255, description = "The sub of who submitted it last")
        String recordedBy,

        @Schema(maxLength = 255, description = "The sub of who approved or returned it")
        String decidedBy,

        Instant decidedAt,

        @Schema(maxLength = LogbookLimits.COMMENT, description = "The approver's comment")
        String comment,

        Instant createdAt,
        Instant updatedAt) {

    static LogbookEntryResponse of(LogbookEntryView view) {
        LogbookEntryDetails e = view.entry();
        boolean party = view.audience() != PlacementAudience.STATE;
        return new LogbookEntryResponse(
                e.id(),
                e.placementId(),
                e.version(),
                e.content().date(),
                e.content().hours(),
                party ? e.content().activity() : null,
                e.content().itemIds(),
                party ? e.content().evidenceUrl() : null,
                e.status(),
                party ? e.recordedBy() : null,
                party ? e.decidedBy() : null,
                e.decidedAt(),
                party ? e.decisionComment() : null,
                e.createdAt(),
                e.updatedAt());
    }
}
