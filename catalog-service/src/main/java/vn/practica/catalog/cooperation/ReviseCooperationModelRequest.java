package vn.practica.catalog.cooperation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PUT /api/v1/cooperation-models/{code}}: the whole terms of the next version. */
@Schema(name = "ReviseCooperationModelRequest", description = "The whole terms of the model's next version")
public record ReviseCooperationModelRequest(
        @NotBlank @Size(max = CooperationLimits.MAX_NAME) String nameVi,
        @NotBlank @Size(max = CooperationLimits.MAX_NAME) String nameEn,

        @NotBlank @Size(max = CooperationLimits.MAX_DESCRIPTION)
        String descriptionVi,

        @NotBlank @Size(max = CooperationLimits.MAX_DESCRIPTION)
        String descriptionEn,

        @Schema(description = "The kinds of business contribution the model covers, each at most once")
        @NotNull
        @Size(min = 1, max = 4)
        List<@NotNull @Pattern(regexp = CooperationLimits.KINDS, message = CooperationLimits.KINDS_MESSAGE) String>
                contributionKinds,

        @Schema(description = "The fewest hours a piece of work under the model takes")
        @NotNull
        @Min(1)
        @Max(CooperationLimits.MAX_HOURS)
        Integer minHours,

        @Schema(description = "The most hours a piece of work under the model takes; at least minHours")
        @NotNull
        @Min(1)
        @Max(CooperationLimits.MAX_HOURS)
        Integer maxHours,

        @Schema(description = "The clauses every agreement under the model holds, in agreement order")
        @NotNull
        @Size(min = 1, max = CooperationLimits.MAX_CLAUSES)
        List<@NotNull @Valid AgreementClause> clauses,

        @Schema(description = "The evaluation template: the areas an evaluation under the model scores")
        @NotNull
        @Size(min = 1, max = CooperationLimits.MAX_AREAS)
        List<@NotNull @Valid EvaluationArea> evaluationAreas) {

    CooperationTerms terms() {
        return CooperationTermsMapper.terms(
                nameVi,
                nameEn,
                descriptionVi,
                descriptionEn,
                contributionKinds,
                minHours,
                maxHours,
                clauses,
                evaluationAreas);
    }
}
