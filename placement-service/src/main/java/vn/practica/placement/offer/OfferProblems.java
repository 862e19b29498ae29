package vn.practica.placement.offer;

import vn.practica.platform.problem.ProblemType;
import vn.practica.platform.problem.ProblemType.Kind;

/**
 * Why an offer change is refused; each reason's {@code type} is listed in docs/problems.md. The organization
 * reasons share catalog's and the student registration's types where the reason is the same.
 */
public final class OfferProblems {
    public static final ProblemType ROW_LIMIT_EXCEEDED =
            ProblemType.of("row-limit-exceeded", "Too many rows in one request", Kind.TOO_LARGE);
    public static final ProblemType BUSINESS_NOT_VERIFIED =
            ProblemType.of("organization-not-verified", "The organization is not verified by the State", Kind.CONFLICT);
    public static final ProblemType NOT_A_BUSINESS =
            ProblemType.of("not-a-business", "The organization is not a business", Kind.UNPROCESSABLE);
    public static final ProblemType OFFER_NOT_EDITABLE =
            ProblemType.of("offer-not-editable", "The offer is closed or cancelled", Kind.CONFLICT);
    public static final ProblemType OFFER_TRANSITION_NOT_ALLOWED = ProblemType.of(
            "offer-transition-not-allowed", "The offer's status does not allow this change", Kind.CONFLICT);
    public static final ProblemType OFFER_NOT_OPENABLE =
            ProblemType.of("offer-not-openable", "The offer cannot open as it is", Kind.CONFLICT);
    public static final ProblemType SEATS_BELOW_TAKEN =
            ProblemType.of("seats-below-taken", "Fewer seats than are taken", Kind.CONFLICT);

    private OfferProblems() {}
}
