package vn.practica.catalog.cooperation;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.platform.http.ETags;

/** One version of a cooperation model, whole, as partners read it. */
@Schema(name = "CooperationModelResponse", description = "One version of a cooperation model standardized by the State")
public record CooperationModelResponse(
        @Schema(maxLength = CooperationLimits.MAX_CODE, pattern = CooperationLimits.CODE_PATTERN)
        String code,

        @Schema(minimum = "1", maximum = ETags.MAX_VERSION, description = "The version; offers name it with the code")
        long version,

        @Schema(enumeration = {"ACTIVE", "RETIRED"}) String status,
        @Schema(maxLength = CooperationLimits.MAX_NAME) String nameVi,
        @Schema(maxLength = CooperationLimits.MAX_NAME) String nameEn,

        @Schema(maxLength = CooperationLimits.MAX_DESCRIPTION)
        String descriptionVi,

        @Schema(maxLength = CooperationLimits.MAX_DESCRIPTION)
        String descriptionEn,

        @Schema(maxItems = 4, description = "In the order REAL_PROJECT, INTERNSHIP, EXPERT_TEACHING, RESOURCE")
        List<ContributionKind> contributionKinds,

        @Schema(minimum = "1", maximum = "" + CooperationLimits.MAX_HOURS)
        int minHours,

        @Schema(minimum = "1", maximum = "" + CooperationLimits.MAX_HOURS)
        int maxHours,

        @Schema(maxItems = CooperationLimits.MAX_CLAUSES) List<AgreementClause> clauses,
        @Schema(maxItems = CooperationLimits.MAX_AREAS) List<EvaluationArea> evaluationAreas,

        @Schema(description = "When this version was published (created, revised or retired)")
        Instant publishedAt) {

    static CooperationModelResponse of(CooperationModelVersion version) {
        CooperationTerms terms = version.terms();
        return new CooperationModelResponse(
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
                terms.clauses(),
                terms.evaluationAreas(),
                version.publishedAt());
    }
}
