package vn.practica.catalog.organization;

import vn.practica.platform.problem.ProblemType;
import vn.practica.platform.problem.ProblemType.Kind;

/** Why a directory request is refused; each reason's {@code type} is listed in docs/problems.md. */
public final class OrganizationProblems {
    public static final ProblemType IDENTIFIER_TAKEN =
            ProblemType.of("identifier-taken", "Another organization holds this identifier", Kind.CONFLICT);
    public static final ProblemType ALREADY_REGISTERED =
            ProblemType.of("already-registered", "Your organization is already registered", Kind.CONFLICT);
    public static final ProblemType NOT_VERIFIED =
            ProblemType.of("organization-not-verified", "The organization is not verified by the State", Kind.CONFLICT);
    public static final ProblemType NOT_A_SCHOOL =
            ProblemType.of("not-a-school", "The organization is not a school", Kind.UNPROCESSABLE);

    private OrganizationProblems() {}
}
