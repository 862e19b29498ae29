package vn.practica.placement.evaluation;

import vn.practica.platform.problem.ProblemType;
import vn.practica.platform.problem.ProblemType.Kind;

/** Why an evaluation is not taken; each reason's {@code type} is listed in docs/problems.md. */
public final class EvaluationProblems {
    public static final ProblemType ALREADY_SUBMITTED = ProblemType.of(
            "evaluation-already-submitted", "This evaluation was submitted already: scores are final", Kind.CONFLICT);
    public static final ProblemType WINDOW_NOT_OPEN = ProblemType.of(
            "evaluation-window-not-open",
            "The evaluation window opens when approved hours reach the agreed total or the end date passes",
            Kind.CONFLICT);
    public static final ProblemType WINDOW_CLOSED =
            ProblemType.of("evaluation-window-closed", "The evaluation window has closed", Kind.CONFLICT);
    public static final ProblemType NOT_EVALUABLE = ProblemType.of(
            "evaluation-placement-not-evaluable", "Only an ACTIVE or COMPLETED placement is evaluated", Kind.CONFLICT);
    public static final ProblemType SCORES_MISMATCH = ProblemType.of(
            "evaluation-scores-mismatch",
            "Score every learning objective and every evaluation area of the model, each once, and nothing else",
            Kind.UNPROCESSABLE);

    private EvaluationProblems() {}
}
