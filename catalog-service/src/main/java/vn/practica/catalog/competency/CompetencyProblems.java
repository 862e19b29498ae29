package vn.practica.catalog.competency;

import vn.practica.platform.problem.ProblemType;
import vn.practica.platform.problem.ProblemType.Kind;

/** Why a CASE request is refused; each reason's {@code type} is listed in docs/problems.md. */
public final class CompetencyProblems {
    public static final ProblemType INVALID_PACKAGE =
            ProblemType.of("invalid-case-package", "The CASE package has invalid properties", Kind.UNPROCESSABLE);
    public static final ProblemType PACKAGE_TOO_LARGE =
            ProblemType.of("case-package-too-large", "The CASE package has too many nodes", Kind.TOO_LARGE);
    public static final ProblemType ITEM_IN_USE = ProblemType.of(
            "competency-item-in-use", "Competency items are still mapped to courses or fields", Kind.CONFLICT);

    private CompetencyProblems() {}
}
