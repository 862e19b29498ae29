package vn.practica.catalog.curriculum;

import vn.practica.platform.problem.ProblemType;
import vn.practica.platform.problem.ProblemType.Kind;

/** Why a curriculum sync as a whole is refused; each reason's {@code type} is listed in docs/problems.md. */
public final class CurriculumProblems {
    public static final ProblemType ROW_LIMIT_EXCEEDED =
            ProblemType.of("row-limit-exceeded", "Too many rows in one request", Kind.TOO_LARGE);

    private CurriculumProblems() {}
}
