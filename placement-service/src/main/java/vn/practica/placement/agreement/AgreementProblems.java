package vn.practica.placement.agreement;

import vn.practica.platform.problem.ProblemType;
import vn.practica.platform.problem.ProblemType.Kind;

/** Why an agreement is not changed or not confirmed; each reason's {@code type} is listed in docs/problems.md. */
public final class AgreementProblems {
    public static final ProblemType NOT_EDITABLE = ProblemType.of(
            "agreement-not-editable",
            "The placement is no longer PROPOSED: its agreement is settled or ended",
            Kind.CONFLICT);
    public static final ProblemType INCOMPLETE =
            ProblemType.of("agreement-incomplete", "The agreement lacks a supervisor or a mentor", Kind.CONFLICT);
    public static final ProblemType HOURS_OUTSIDE_MODEL = ProblemType.of(
            "agreement-hours-outside-model",
            "The total hours are outside the cooperation model's bounds",
            Kind.UNPROCESSABLE);
    public static final ProblemType HOURS_EXCEED_PERIOD = ProblemType.of(
            "agreement-hours-exceed-period",
            "The total hours do not fit the period at the weekly hours",
            Kind.UNPROCESSABLE);

    private AgreementProblems() {}
}
