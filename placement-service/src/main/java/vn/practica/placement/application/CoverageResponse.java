package vn.practica.placement.application;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.placement.coverage.Coverage;
import vn.practica.placement.offer.OfferLimits;

/** Which of the offer's required competency items the student's programme covers, and which it does not. */
@Schema(name = "CoverageResponse", description = "The offer's required competency items, covered or missing")
public record CoverageResponse(
        @Schema(maxItems = OfferLimits.MAX_COMPETENCIES, description = "Covered by the programme's active courses")
        List<UUID> coveredItemIds,

        @Schema(maxItems = OfferLimits.MAX_COMPETENCIES, description = "Required but not covered")
        List<UUID> missingItemIds) {

    static CoverageResponse of(Coverage coverage, List<UUID> required) {
        List<UUID> missing = required.stream()
                .filter(item -> !coverage.overlap().contains(item))
                .sorted()
                .toList();
        return new CoverageResponse(coverage.overlap(), missing);
    }
}
