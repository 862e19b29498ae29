package vn.practica.placement.matching;

import vn.practica.platform.problem.ProblemType;
import vn.practica.platform.problem.ProblemType.Kind;

/** Why a round, a ranking or a run is refused; each reason's {@code type} is listed in docs/problems.md. */
public final class RoundProblems {
    public static final ProblemType ROUND_NOT_OPEN =
            ProblemType.of("round-not-open", "The round takes no more preferences", Kind.CONFLICT);
    public static final ProblemType ROUND_NOT_CLOSED =
            ProblemType.of("round-not-closed", "The round's preference deadline has not passed yet", Kind.CONFLICT);
    public static final ProblemType ROUND_ALREADY_MATCHED =
            ProblemType.of("round-already-matched", "The round was matched already", Kind.CONFLICT);
    public static final ProblemType ROUND_NOT_MATCHED =
            ProblemType.of("round-not-matched", "The round has no result yet", Kind.CONFLICT);
    public static final ProblemType RUN_IN_PROGRESS =
            ProblemType.of("round-run-in-progress", "A run of this round is in progress", Kind.CONFLICT);
    public static final ProblemType NO_OFFERS =
            ProblemType.of("round-without-offers", "No open offer fits the round", Kind.UNPROCESSABLE);
    public static final ProblemType INVALID_PREFERENCES =
            ProblemType.of("invalid-preferences", "Some preferences break the round's rules", Kind.UNPROCESSABLE);
    public static final ProblemType INVALID_SCORES = ProblemType.of(
            "invalid-scores", "Some scores name students who cannot be scored for this offer", Kind.UNPROCESSABLE);

    private RoundProblems() {}
}
