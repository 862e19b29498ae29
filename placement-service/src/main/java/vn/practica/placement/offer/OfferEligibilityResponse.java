package vn.practica.placement.offer;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who may apply to an offer; an empty list does not restrict. */
@Schema(name = "OfferEligibilityResponse", description = "Who may apply; an empty list does not restrict")
public record OfferEligibilityResponse(
        @Schema(maxItems = OfferLimits.MAX_SCHOOLS) List<UUID> schoolIds,

        @Schema(maxItems = OfferLimits.MAX_PROGRAMS) List<@Size(max = OfferLimits.SOURCED_ID) String> programSourcedIds,

        @Schema(maxItems = OfferLimits.MAX_YEAR)
        List<@Min(OfferLimits.MIN_YEAR) @Max(OfferLimits.MAX_YEAR) Integer> yearsOfStudy) {

    static OfferEligibilityResponse of(OfferEligibility e) {
        return new OfferEligibilityResponse(e.schoolIds(), e.programSourcedIds(), e.yearsOfStudy());
    }
}
