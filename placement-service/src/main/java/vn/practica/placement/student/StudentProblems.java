package vn.practica.placement.student;

import vn.practica.platform.problem.ProblemType;
import vn.practica.platform.problem.ProblemType.Kind;

/**
 * Why a student registration as a whole is refused; each reason's {@code type} is listed in docs/problems.md.
 * The school reasons share catalog's types: the same reason, wherever a school is turned away.
 */
public final class StudentProblems {
    public static final ProblemType ROW_LIMIT_EXCEEDED =
            ProblemType.of("row-limit-exceeded", "Too many rows in one request", Kind.TOO_LARGE);
    public static final ProblemType SCHOOL_NOT_VERIFIED =
            ProblemType.of("organization-not-verified", "The organization is not verified by the State", Kind.CONFLICT);
    public static final ProblemType NOT_A_SCHOOL =
            ProblemType.of("not-a-school", "The organization is not a school", Kind.UNPROCESSABLE);

    private StudentProblems() {}
}
