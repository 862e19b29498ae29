package vn.practica.reporting.placementkpi;

import vn.practica.platform.problem.ProblemType;
import vn.practica.platform.problem.ProblemType.Kind;

/** Why a KPI table is refused; each reason's {@code type} is listed in docs/problems.md. */
public final class PlacementKpiProblems {
    public static final ProblemType TABLE_TOO_LARGE =
            ProblemType.of("kpi-table-too-large", "The KPI table would have too many rows", Kind.UNPROCESSABLE);

    private PlacementKpiProblems() {}
}
