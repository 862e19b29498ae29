package vn.practica.platform.idempotency;

import vn.practica.platform.problem.ProblemType;
import vn.practica.platform.problem.ProblemType.Kind;

/** Reasons a request with an {@code Idempotency-Key} is refused (docs/problems.md). */
public final class IdempotencyProblems {
    public static final ProblemType KEY_REUSED = ProblemType.of(
            "idempotency-key-reused", "The Idempotency-Key was used for another request", Kind.UNPROCESSABLE);
    public static final ProblemType KEY_IN_FLIGHT = ProblemType.of(
            "idempotency-key-in-flight", "A request with this Idempotency-Key is in progress", Kind.CONFLICT);

    private IdempotencyProblems() {}
}
