package vn.practica.placement.evaluation;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The scores one evaluation gives, 1 to 5 each. */
public final class Scores {
    private Scores() {}

    /** A learning objective (competency item) scored, with an optional comment. */
    @Schema(name = "ObjectiveScore")
    public record ObjectiveScore(
            UUID itemId,
            @Schema(minimum = "1", maximum = "5") int score,

            @Schema(maxLength = EvaluationLimits.ITEM_COMMENT)
            String comment) {}

    /** An evaluation area of the cooperation model's template scored. */
    @Schema(name = "AreaScore")
    public record AreaScore(
            @Schema(maxLength = EvaluationLimits.AREA_CODE) String code,
            @Schema(minimum = "1", maximum = "5") int score) {}

    /** The mentor's or supervisor's scores of the learner. */
    public record LearnerScores(List<ObjectiveScore> objectives, List<AreaScore> areas) {
        public LearnerScores {
            objectives = List.copyOf(objectives);
            areas = List.copyOf(areas);
        }
    }

    /** The student's scores of the placement, with an optional comment. */
    public record PlacementScores(int mentoringQuality, int learningValue, int workload, String comment) {}
}
