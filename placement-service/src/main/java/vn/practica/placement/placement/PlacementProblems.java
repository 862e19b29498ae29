package vn.practica.placement.placement;

import vn.practica.platform.problem.ProblemType;
import vn.practica.platform.problem.ProblemType.Kind;

/** Why a placement is not made or not changed; each reason's {@code type} is listed in docs/problems.md. */
public final class PlacementProblems {
    public static final ProblemType OFFER_FULL =
            ProblemType.of("offer-full", "Every seat of the offer is taken", Kind.CONFLICT);
    public static final ProblemType TRANSITION_NOT_ALLOWED = ProblemType.of(
            "placement-transition-not-allowed", "The placement's status does not allow this change", Kind.CONFLICT);

    private PlacementProblems() {}
}
