package vn.practica.catalog.field;

import vn.practica.platform.problem.ProblemType;
import vn.practica.platform.problem.ProblemType.Kind;

/** Why a field change is refused; each reason's {@code type} is listed in docs/problems.md. */
public final class FieldProblems {
    public static final ProblemType FIELD_EXISTS =
            ProblemType.of("field-exists", "The field already exists", Kind.CONFLICT);
    public static final ProblemType FIELD_RETIRED =
            ProblemType.of("field-retired", "The field is retired", Kind.CONFLICT);

    public static final ProblemType FIELD_LIMIT_REACHED =
            ProblemType.of("field-limit-reached", "The program has the most fields it keeps", Kind.CONFLICT);

    private FieldProblems() {}
}
