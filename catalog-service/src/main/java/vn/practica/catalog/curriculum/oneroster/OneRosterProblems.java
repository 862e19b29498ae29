package vn.practica.catalog.curriculum.oneroster;

import vn.practica.platform.problem.ProblemType;
import vn.practica.platform.problem.ProblemType.Kind;

/** Why a OneRoster bundle as a whole is refused; each reason's {@code type} is listed in docs/problems.md. */
public final class OneRosterProblems {
    public static final ProblemType NOT_A_ZIP =
            ProblemType.of("bundle-not-a-zip", "The bundle is not a readable zip archive", Kind.INVALID_REQUEST);
    public static final ProblemType NOT_UTF8 =
            ProblemType.of("bundle-not-utf8", "A bundle file is not UTF-8", Kind.INVALID_REQUEST);
    public static final ProblemType TOO_LARGE =
            ProblemType.of("bundle-too-large", "The bundle exceeds a size limit", Kind.TOO_LARGE);
    public static final ProblemType UNUSABLE =
            ProblemType.of("bundle-unusable", "The bundle lacks what an import needs", Kind.UNPROCESSABLE);

    private OneRosterProblems() {}
}
