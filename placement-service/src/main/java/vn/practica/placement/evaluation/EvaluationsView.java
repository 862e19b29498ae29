package vn.practica.placement.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.practica.placement.placement.PlacementAccess;
import vn.practica.placement.placement.PlacementAudience;

/**
 * A placement's evaluations and who reads them: which are submitted, which the reader may see (blindness), the
 * window, and the objectives the learner is scored on.
 */
public record EvaluationsView(
        PlacementAccess access,
        EvaluationWindow window,
        Instant now,
        Optional<Evaluator> own,
        List<EvaluationRecord> submitted,
        List<UUID> objectives) {

    public boolean byState() {
        return access.audience() == PlacementAudience.STATE;
    }

    /** Whether the reader sees this submitted evaluation's scores (the State never does, only aggregates). */
    public boolean visible(EvaluationRecord evaluation) {
        return !byState() && EvaluationRules.visible(evaluation.evaluator(), own, evaluators(), window.state(now));
    }

    /** Whether aggregates reveal nothing the reader may not see: for the State, or when nothing is hidden. */
    public boolean aggregatesShown() {
        return byState() || submitted.stream().allMatch(this::visible);
    }

    public Set<Evaluator> evaluators() {
        return submitted.stream().map(EvaluationRecord::evaluator).collect(Collectors.toSet());
    }
}
