package vn.practica.placement.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.placement.evaluation.Scores.PlacementScores;

/** Body of the student's evaluation of the placement: final once submitted. */
@Schema(name = "EvaluatePlacementRequest", description = "The student's scores of the placement, 1 to 5")
public record EvaluatePlacementRequest(
        @NotNull @Min(1) @Max(5) Integer mentoringQuality,
        @NotNull @Min(1) @Max(5) Integer learningValue,

        @Schema(description = "5: the workload was right for learning") @NotNull @Min(1) @Max(5)
        Integer workload,

        @Schema(description = "Optional; the other parties read it, the State never")
        @Size(max = EvaluationLimits.COMMENT)
        String comment) {

    PlacementScores scores() {
        return new PlacementScores(
                mentoringQuality, learningValue, workload, EvaluateLearnerRequest.blankToNull(comment));
    }
}
