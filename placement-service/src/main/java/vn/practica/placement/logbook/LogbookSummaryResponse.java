package vn.practica.placement.logbook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.placement.agreement.AgreementLimits;
import vn.practica.placement.placement.PlacementStatus;

/** A placement's logbook in totals: what the agreement asks, what is approved, what awaits a decision. */
@Schema(name = "LogbookSummaryResponse", description = "Approved hours in all and per learning objective")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LogbookSummaryResponse(
        UUID placementId,
        PlacementStatus placementStatus,

        @Schema(minimum = "1", maximum = "10000", description = "The agreement's total hours")
        int agreedHours,

        @Schema(minimum = "0", maximum = "1000000") BigDecimal approvedHours,

        @Schema(minimum = "0", maximum = "1000000", description = "Hours of entries awaiting a decision")
        BigDecimal submittedHours,

        @Schema(minimum = "0", maximum = "1000000") long submittedEntries,
        @Schema(minimum = "0", maximum = "1000000") long approvedEntries,
        @Schema(minimum = "0", maximum = "1000000") long returnedEntries,

        @Schema(description = "When approved hours first reached agreedHours; absent until then")
        Instant totalReachedAt,

        @Schema(
                maxItems = AgreementLimits.MAX_OBJECTIVES,
                description = "Approved hours per learning objective; an entry counts for each item it names")
        List<ItemHours> items) {

    /** Approved hours that practised one competency item. */
    @Schema(name = "LogbookItemHours")
    public record ItemHours(
            UUID itemId,
            @Schema(minimum = "0", maximum = "1000000") BigDecimal approvedHours) {}

    static LogbookSummaryResponse of(LogbookSummary s) {
        return new LogbookSummaryResponse(
                s.placementId(),
                s.placementStatus(),
                s.agreedHours(),
                s.approvedHours(),
                s.submittedHours(),
                s.entries().get(EntryStatus.SUBMITTED),
                s.entries().get(EntryStatus.APPROVED),
                s.entries().get(EntryStatus.RETURNED),
                s.totalReachedAt(),
                s.items().stream()
                        .map(i -> new ItemHours(i.itemId(), i.approvedHours()))
                        .toList());
    }
}
