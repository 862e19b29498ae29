package vn.practica.placement.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.placement.agreement.AgreementLimits;
import vn.practica.placement.evaluation.Scores.AreaScore;
import vn.practica.placement.evaluation.Scores.ObjectiveScore;
import vn.practica.placement.evaluation.Scores.PlacementScores;
import vn.practica.placement.placement.PlacementStatus;

/**
 * A placement's evaluations as the reader may see them: every party sees which are submitted; another's scores
 * only after submitting its own or once the window closed; the State only aggregates, never comments.
 */
@Schema(name = "EvaluationsResponse", description = "Evaluations of a placement; what you may not see is absent")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvaluationsResponse(
        UUID placementId,
        PlacementStatus placementStatus,
        Window window,
        @Schema(maxItems = 3) List<EvaluationResponse> evaluations,

        @Schema(description = "Means of the scores; absent while a submitted evaluation is hidden from you")
        Aggregate aggregate) {

    /** When evaluations are taken. */
    @Schema(name = "EvaluationWindow")
    public record Window(Instant opensAt, Instant closesAt, EvaluationWindow.State state) {}

    /** One evaluator's evaluation: whether it is in and, if you may see it, its scores. */
    @Schema(name = "EvaluationResponse")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EvaluationResponse(
            Evaluator evaluator,
            boolean submitted,
            Instant submittedAt,

            @Schema(description = "true while its scores are hidden from you (blind until you submit yours)")
            boolean hidden,

            @Schema(maxItems = AgreementLimits.MAX_OBJECTIVES)
            List<ObjectiveScore> objectiveScores,

            @Schema(maxItems = 50) List<AreaScore> areaScores,
            @Schema(minimum = "1", maximum = "5") Integer mentoringQuality,
            @Schema(minimum = "1", maximum = "5") Integer learningValue,
            @Schema(minimum = "1", maximum = "5") Integer workload,
            @Schema(maxLength = EvaluationLimits.COMMENT) String comment) {}

    /** Means of what is submitted: per learning objective (mentor and supervisor), and the student's scores. */
    @Schema(name = "EvaluationAggregate")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Aggregate(
            @Schema(maxItems = AgreementLimits.MAX_OBJECTIVES)
            List<ItemMean> items,

            @Schema(minimum = "1", maximum = "5") Integer mentoringQuality,
            @Schema(minimum = "1", maximum = "5") Integer learningValue,
            @Schema(minimum = "1", maximum = "5") Integer workload) {}

    /** The mean score of one learning objective. */
    @Schema(name = "EvaluationItemMean")
    public record ItemMean(
            UUID itemId,
            @Schema(minimum = "1", maximum = "5") BigDecimal meanScore) {}

    static EvaluationsResponse of(EvaluationsView view) {
        List<EvaluationResponse> evaluations = new ArrayList<>();
        for (Evaluator evaluator : Evaluator.values()) {
            // A school's course has the school's evaluation alone
            if (evaluator != Evaluator.SUPERVISOR && view.access().placement().heldBySchool()) {
                continue;
            }
            evaluations.add(view.submitted().stream()
                    .filter(e -> e.evaluator() == evaluator)
                    .findFirst()
                    .map(e -> submitted(e, view))
                    .orElse(new EvaluationResponse(evaluator, false, null, false, null, null, null, null, null, null)));
        }
        return new EvaluationsResponse(
                view.access().placement().id(),
                view.access().placement().status(),
                new Window(
                        view.window().opensAt(),
                        view.window().closesAt(),
                        view.window().state(view.now())),
                evaluations,
                view.aggregatesShown() ? aggregate(view) : null);
    }

    private static EvaluationResponse submitted(EvaluationRecord e, EvaluationsView view) {
        if (!view.visible(e)) {
            return new EvaluationResponse(
                    e.evaluator(), true, e.submittedAt(), true, null, null, null, null, null, null);
        }
        PlacementScores p = e.placementScores();
        return new EvaluationResponse(
                e.evaluator(),
                true,
                e.submittedAt(),
                false,
                e.learnerScores() == null ? null : e.learnerScores().objectives(),
                e.learnerScores() == null ? null : e.learnerScores().areas(),
                p == null ? null : p.mentoringQuality(),
                p == null ? null : p.learningValue(),
                p == null ? null : p.workload(),
                p == null ? null : p.comment());
    }

    private static Aggregate aggregate(EvaluationsView view) {
        List<ItemMean> items = EvaluationRules.means(
                        view.submitted().stream()
                                .filter(e -> e.evaluator().scoresLearner())
                                .map(EvaluationRecord::learnerScores)
                                .toList(),
                        view.objectives())
                .stream()
                .map(mean -> new ItemMean(mean.itemId(), mean.meanScore()))
                .toList();
        PlacementScores learner = view.submitted().stream()
                .filter(e -> e.evaluator() == Evaluator.LEARNER)
                .map(EvaluationRecord::placementScores)
                .findFirst()
                .orElse(null);
        return new Aggregate(
                items,
                learner == null ? null : learner.mentoringQuality(),
                learner == null ? null : learner.learningValue(),
                learner == null ? null : learner.workload());
    }
}
