package vn.practica.placement.evaluation;

import java.time.Instant;
import java.util.UUID;
import vn.practica.placement.evaluation.Scores.LearnerScores;
import vn.practica.placement.evaluation.Scores.PlacementScores;

/**
 * One submitted evaluation, final: the learner's scores (MENTOR, SUPERVISOR) or the placement's (LEARNER), the
 * other null.
 */
public record EvaluationRecord(
        UUID placementId,
        Evaluator evaluator,
        String submittedBy,
        Instant submittedAt,
        LearnerScores learnerScores,
        PlacementScores placementScores) {}
