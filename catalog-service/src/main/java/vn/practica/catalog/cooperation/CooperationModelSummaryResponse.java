package vn.practica.catalog.cooperation;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.platform.http.ETags;

/** A cooperation model's current version in a list: everything but its clauses and evaluation template. */
@Schema(
        name = "CooperationModelSummaryResponse",
        description = "The current version of a cooperation model; GET the model for its clauses and evaluation"
                + " template")
public record CooperationModelSummaryResponse(
        @Schema(maxLength = CooperationLimits.MAX_CODE, pattern = CooperationLimits.CODE_PATTERN)
        String code,

        @Schema(minimum = "1", maximum = ETags.MAX_VERSION) long version,
        @Schema(enumeration = {"ACTIVE", "RETIRED"}) String status,
        @Schema(maxLength = CooperationLimits.MAX_NAME) String nameVi,
        @Schema(maxLength = CooperationLimits.MAX_NAME) String nameEn,

        @Schema(maxLength = CooperationLimits.MAX_DESCRIPTION)
        String descriptionVi,

        @Schema(maxLength = CooperationLimits.MAX_DESCRIPTION)
        String descriptionEn,

        @Schema(maxItems = 4) List<ContributionKind> contributionKinds,

        @Schema(minimum = "1", maximum = "" + CooperationLimits.MAX_HOURS)
        int minHours,

        @Schema(minimum = "1", maximum = "" + CooperationLimits.MAX_HOURS)
        int maxHours,

        Instant publishedAt) {

    static CooperationModelSummaryResponse of(CooperationModelVersion version) {
        CooperationTerms terms = version.terms();
        return new CooperationModelSummaryResponse(
                version.code(),
                version.version(),
                version.status().name(),
                terms.nameVi(),
                terms.nameEn(),
                terms.descriptionVi(),
                terms.descriptionEn(),
                terms.contributionKinds(),
                terms.minHours(),
                terms.maxHours(),
                version.publishedAt());
    }
}
