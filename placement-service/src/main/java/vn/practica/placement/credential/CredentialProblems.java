package vn.practica.placement.credential;

import vn.practica.platform.problem.ProblemType;
import vn.practica.platform.problem.ProblemType.Kind;

/** Why a credential request is refused; each reason's {@code type} is listed in docs/problems.md. */
public final class CredentialProblems {
    public static final ProblemType MALFORMED = ProblemType.of(
            "credential-malformed",
            "The presented credential is not a compact JWS (VC-JWT) with a JSON payload",
            Kind.UNPROCESSABLE);
    public static final ProblemType ALGORITHM_NOT_ACCEPTED = ProblemType.of(
            "credential-algorithm-not-accepted",
            "Only ES256-signed credentials (typ vc+jwt) are verified here",
            Kind.UNPROCESSABLE);
    public static final ProblemType ALREADY_REVOKED =
            ProblemType.of("credential-already-revoked", "This credential is revoked already", Kind.CONFLICT);

    private CredentialProblems() {}
}
