package vn.practica.placement.application;

import java.util.List;
import java.util.Objects;

/**
 * What an applicant sends: why (motivation), one answer per question of the offer, and, for a school, the course
 * it applies for. Text is stripped; absent answers are none.
 */
record ApplicationDraft(String motivation, List<String> answers, String courseSourcedId) {
    ApplicationDraft {
        motivation = motivation == null ? null : motivation.strip();
        answers = answers == null
                ? List.of()
                : answers.stream().filter(Objects::nonNull).map(String::strip).toList();
        courseSourcedId = courseSourcedId == null ? null : courseSourcedId.strip();
    }
}
