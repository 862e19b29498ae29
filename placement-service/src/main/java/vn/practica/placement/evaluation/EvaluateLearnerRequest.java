package vn.practica.placement.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.placement.agreement.AgreementLimits;
import vn.practica.placement.evaluation.Scores.AreaScore;
import vn.practica.placement.evaluation.Scores.LearnerScores;
import vn.practica.placement.evaluation.Scores.ObjectiveScore;

/** Body of the mentor's or supervisor's evaluation of the learner: final once submitted. */
@Schema(
        name = "EvaluateLearnerRequest",
        description = "A score of 1 to 5 for every learning objective and every evaluation area of the cooperation"
                + " model's template, each once")
public record EvaluateLearnerRequest(
        @NotNull @Size(min = 1, max = AgreementLimits.MAX_OBJECTIVES)
        List<@Valid @NotNull ItemScore> objectiveScores,

        @Schema(description = "One per area of the model's evaluation template; [] when it has none")
        @NotNull
        @Size(max = EvaluationLimits.MAX_AREAS)
        List<@Valid @NotNull Area> areaScores) {

    /** A learning objective's score. */
    @Schema(name = "ObjectiveScoreRequest")
    public record ItemScore(
            @NotNull UUID itemId,
            @NotNull @Min(1) @Max(5) Integer score,

            @Schema(description = "Optional") @Size(max = EvaluationLimits.ITEM_COMMENT)
            String comment) {}

    /** An evaluation area's score. */
    @Schema(name = "AreaScoreRequest")
    public record Area(
            @NotBlank @Size(max = EvaluationLimits.AREA_CODE)
            String code,

            @NotNull @Min(1) @Max(5) Integer score) {}

    LearnerScores scores() {
        return new LearnerScores(
                objectiveScores.stream()
                        .map(s -> new ObjectiveScore(s.itemId(), s.score(), blankToNull(s.comment())))
                        .toList(),
                areaScores.stream().map(a -> new AreaScore(a.code(), a.score())).toList());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
