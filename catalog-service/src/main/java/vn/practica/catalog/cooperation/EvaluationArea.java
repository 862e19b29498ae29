package vn.practica.catalog.cooperation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One area an evaluation under the model scores. Weights are relative: an area's share of the overall score is
 * its weight over the sum of the model's weights; without one an area weighs 1, so equal areas need none.
 */
@Schema(name = "EvaluationArea", description = "An area the evaluation scores, with its relative weight")
public record EvaluationArea(
        @Schema(description = "Names the area within its model, unique there, such as PRACTICAL_SKILLS")
        @NotBlank
        @Size(max = CooperationLimits.MAX_CODE)
        @Pattern(regexp = CooperationLimits.CODE_PATTERN, message = CooperationLimits.CODE_MESSAGE)
        String code,

        @NotBlank @Size(max = CooperationLimits.MAX_NAME) String nameVi,
        @NotBlank @Size(max = CooperationLimits.MAX_NAME) String nameEn,

        @Schema(
                description = "Relative weight; the area's share is its weight over the sum of all weights",
                defaultValue = "1")
        @Min(1)
        @Max(CooperationLimits.MAX_WEIGHT)
        Integer weight) {

    public static final int DEFAULT_WEIGHT = 1;

    public EvaluationArea {
        nameVi = AgreementClause.strip(nameVi);
        nameEn = AgreementClause.strip(nameEn);
        weight = weight == null ? DEFAULT_WEIGHT : weight;
    }
}
