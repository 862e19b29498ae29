package vn.practica.catalog.service.oneroster;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.practica.catalog.domain.Course;
import vn.practica.catalog.domain.CourseRecord;
import vn.practica.catalog.domain.SyncStatus;

/** Rows that mark a course left out of a bulk courses.csv as {@code tobedeleted}. */
final class AbsentCourses {
    private AbsentCourses() {}

    /**
     * The stored course unchanged but for its status and time, so the deletion event carries the course as it
     * was and its programme links survive (the sync replaces links with the row's).
     */
    static CourseRecord tobedeleted(Course course, Map<UUID, String> programSourcedIds, Instant bulkTime) {
        List<String> programs = course.programIds().stream()
                .map(programSourcedIds::get)
                .filter(Objects::nonNull)
                .sorted()
                .toList();
        return new CourseRecord(
                course.sourcedId(),
                course.code(),
                course.title(),
                course.credits(),
                course.practicalHours(),
                course.learningOutcomes(),
                programs,
                List.of(),
                SyncStatus.tobedeleted,
                bulkTime);
    }
}
