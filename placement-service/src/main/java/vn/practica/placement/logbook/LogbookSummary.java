package vn.practica.placement.logbook;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.practica.placement.placement.PlacementStatus;

/**
 * A placement's logbook in totals.
 *
 * @param totalReachedAt when the approved hours first reached the agreed total; null until then
 * @param items approved hours per learning objective, in the agreement's order; an entry counts for each item
 */
public record LogbookSummary(
        UUID placementId,
        PlacementStatus placementStatus,
        int agreedHours,
        BigDecimal approvedHours,
        BigDecimal submittedHours,
        Map<EntryStatus, Long> entries,
        Instant totalReachedAt,
        List<ItemHours> items) {

    /** Approved hours that practised one competency item. */
    public record ItemHours(UUID itemId, BigDecimal approvedHours) {}
}
