package vn.practica.placement.offer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.placement.coverage.Coverage;

/** How much of what an offer requires the student's programme covers: the overlap "for me" shows. */
@Schema(name = "OfferCoverageResponse", description = "The offer's required competency items your programme covers")
public record OfferCoverageResponse(
        @Schema(minimum = "0", maximum = "" + OfferLimits.MAX_COMPETENCIES)
        int coveredCount,

        @Schema(minimum = "0", maximum = "" + OfferLimits.MAX_COMPETENCIES)
        int requiredCount,

        @Schema(maxItems = OfferLimits.MAX_COMPETENCIES, description = "Required items your programme's courses teach")
        List<UUID> covered,

        @Schema(maxItems = OfferLimits.MAX_COMPETENCIES, description = "Required items none of them teaches")
        List<UUID> missing,

        @Schema(
                maxItems = OfferLimits.MAX_COMPETENCIES,
                description = "Human codes (CASE humanCodingScheme) of the required items catalog gave one")
        List<ItemCode> itemCodes) {

    /** An item's human code, such as IT.DA.2. */
    @Schema(name = "CompetencyItemCode")
    public record ItemCode(UUID id, @Schema(maxLength = 255) String humanCodingScheme) {}

    static OfferCoverageResponse of(Coverage coverage, List<UUID> required, Map<UUID, String> humanCodes) {
        Set<UUID> covered = Set.copyOf(coverage.overlap());
        Set<UUID> all = new TreeSet<>(required);
        return new OfferCoverageResponse(
                coverage.coveredCount(),
                coverage.requiredCount(),
                coverage.overlap(),
                all.stream().filter(i -> !covered.contains(i)).toList(),
                all.stream()
                        .filter(humanCodes::containsKey)
                        .map(i -> new ItemCode(i, humanCodes.get(i)))
                        .toList());
    }
}
