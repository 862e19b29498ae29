package vn.practica.placement.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.practica.placement.evaluation.Scores.AreaScore;
import vn.practica.placement.evaluation.Scores.LearnerScores;
import vn.practica.placement.evaluation.Scores.ObjectiveScore;
import vn.practica.placement.placement.PlacementCompletion.ItemMean;
import vn.practica.platform.problem.DomainException;

/** The rules of evaluations as plain Java: what a learner evaluation must score, who reads what, the means. */
public final class EvaluationRules {
    private EvaluationRules() {}

    /** Refuses scores that miss, repeat or add a learning objective or an area of the model's template. */
    public static void requireCoverage(LearnerScores scores, List<UUID> objectives, List<String> areaCodes) {
        List<UUID> items =
                scores.objectives().stream().map(ObjectiveScore::itemId).toList();
        List<String> areas = scores.areas().stream().map(AreaScore::code).toList();
        if (!sameOnce(items, objectives) || !sameOnce(areas, areaCodes)) {
            throw new DomainException(
                            EvaluationProblems.SCORES_MISMATCH,
                            "Score each of the " + objectives.size() + " learning objectives and each of the "
                                    + areaCodes.size() + " evaluation areas once")
                    .with("itemIds", objectives.stream().map(UUID::toString).toList())
                    .with("areaCodes", areaCodes);
        }
    }

    private static <T> boolean sameOnce(List<T> given, List<T> expected) {
        return given.size() == expected.size() && new HashSet<>(given).equals(new HashSet<>(expected));
    }

    /**
     * Whether a reader who gives {@code own} (empty: gives none) reads {@code other}'s evaluation: their own always;
     * another's once they submitted their own, or once the window closed. Blind until then.
     */
    public static boolean visible(
            Evaluator other, Optional<Evaluator> own, Set<Evaluator> submitted, EvaluationWindow.State window) {
        if (own.filter(other::equals).isPresent()) {
            return true;
        }
        return window == EvaluationWindow.State.CLOSED
                || own.filter(submitted::contains).isPresent();
    }

    /**
     * The mean of the learner evaluations' scores of each objective, two decimals (half up), in the objectives'
     * order; an objective nobody scored is left out.
     */
    public static List<ItemMean> means(List<LearnerScores> evaluations, List<UUID> objectives) {
        List<ItemMean> means = new ArrayList<>();
        for (UUID item : objectives) {
            List<Integer> scores = evaluations.stream()
                    .flatMap(e -> e.objectives().stream())
                    .filter(score -> score.itemId().equals(item))
                    .map(ObjectiveScore::score)
                    .toList();
            if (!scores.isEmpty()) {
                BigDecimal sum = BigDecimal.valueOf(
                        scores.stream().mapToInt(Integer::intValue).sum());
                means.add(new ItemMean(item, sum.divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP)));
            }
        }
        return means;
    }
}
