package vn.practica.placement.application;

import vn.practica.platform.problem.ProblemType;
import vn.practica.platform.problem.ProblemType.Kind;

/**
 * Why an application is refused or not moved; each reason's {@code type} is listed in docs/problems.md. The
 * school reasons share catalog's and the student registration's types.
 */
public final class ApplicationProblems {
    public static final ProblemType ALREADY_APPLIED =
            ProblemType.of("already-applied", "You applied to this offer already", Kind.CONFLICT);
    public static final ProblemType OFFER_NOT_OPEN =
            ProblemType.of("offer-not-open", "The offer takes no applications", Kind.CONFLICT);
    public static final ProblemType DEADLINE_PASSED =
            ProblemType.of("application-deadline-passed", "The offer's application deadline has passed", Kind.CONFLICT);
    public static final ProblemType APPLICANT_KIND_NOT_ACCEPTED = ProblemType.of(
            "applicant-kind-not-accepted", "The offer is addressed to another kind of applicant", Kind.UNPROCESSABLE);
    public static final ProblemType NOT_ELIGIBLE =
            ProblemType.of("not-eligible", "You are not among those the offer is open to", Kind.UNPROCESSABLE);
    public static final ProblemType SCHOOL_NOT_VERIFIED =
            ProblemType.of("organization-not-verified", "The organization is not verified by the State", Kind.CONFLICT);
    public static final ProblemType NOT_A_SCHOOL =
            ProblemType.of("not-a-school", "The organization is not a school", Kind.UNPROCESSABLE);
    public static final ProblemType TRANSITION_NOT_ALLOWED = ProblemType.of(
            "application-transition-not-allowed", "The application's status does not allow this change", Kind.CONFLICT);
    public static final ProblemType OFFER_EXPIRED = ProblemType.of(
            "application-offer-expired", "The offer to the applicant was not accepted in time", Kind.CONFLICT);
    public static final ProblemType OFFER_STARTED =
            ProblemType.of("offer-already-started", "The offer's work has started", Kind.CONFLICT);

    private ApplicationProblems() {}
}
