package vn.practica.catalog.cooperation;

import vn.practica.platform.problem.ProblemType;
import vn.practica.platform.problem.ProblemType.Kind;

/** Why a cooperation model change is refused; each reason's {@code type} is listed in docs/problems.md. */
public final class CooperationModelProblems {
    public static final ProblemType COOPERATION_MODEL_EXISTS =
            ProblemType.of("cooperation-model-exists", "The cooperation model already exists", Kind.CONFLICT);
    public static final ProblemType COOPERATION_MODEL_RETIRED =
            ProblemType.of("cooperation-model-retired", "The cooperation model is retired", Kind.CONFLICT);

    private CooperationModelProblems() {}
}
