package vn.practica.placement.matching;

import java.util.Map;

/** The words for each reason a preference row is refused (the codes are stable, the words may improve). */
final class RowReasons {
    private static final Map<String, String> DETAILS = Map.of(
            "not-your-student", "a school uploads preferences for its own students only",
            "unknown-student", "no student with this schoolId and studentId is registered",
            "student-not-in-round", "the round is its organizing school's, and the student studies elsewhere",
            "offer-not-in-round", "the offer is not one of the round's offers",
            "beyond-choice-cap", "the rank is beyond the round's cap on choices",
            "duplicate-rank", "the student has another row with this rank",
            "duplicate-offer", "the student ranks this offer twice",
            "not-eligible", "the offer is not open to the student's school, programme or year");

    private RowReasons() {}

    static String detail(String reason) {
        return DETAILS.getOrDefault(reason, reason);
    }
}
