package vn.practica.placement.offer;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Counts per outcome and one result per row, in the order sent. */
@Schema(name = "OfferBatchResponse", description = "Counts per outcome and one result per row, in the order sent")
public record OfferBatchResponse(
        @Schema(minimum = "0", maximum = "" + OfferLimits.MAX_ROWS)
        long created,

        @Schema(minimum = "0", maximum = "" + OfferLimits.MAX_ROWS)
        long updated,

        @Schema(minimum = "0", maximum = "" + OfferLimits.MAX_ROWS)
        long unchanged,

        @Schema(minimum = "0", maximum = "" + OfferLimits.MAX_ROWS)
        long rejected,

        @Schema(maxItems = OfferLimits.MAX_ROWS) List<OfferBatchResult> results) {

    static OfferBatchResponse of(List<OfferBatchResult> results) {
        return new OfferBatchResponse(
                count(results, OfferBatchResult.Outcome.created),
                count(results, OfferBatchResult.Outcome.updated),
                count(results, OfferBatchResult.Outcome.unchanged),
                count(results, OfferBatchResult.Outcome.rejected),
                results);
    }

    private static long count(List<OfferBatchResult> results, OfferBatchResult.Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }
}
