package vn.practica.catalog.curriculum.oneroster;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.practica.catalog.curriculum.Course;
import vn.practica.catalog.curriculum.CourseRecord;
import vn.practica.catalog.curriculum.SyncStatus;

/**
 * Rows built from a stored course for what OneRoster's courses.csv does not carry (credits, practical hours,
 * learning outcomes, programme links, competency items), so a bundle never erases what the school's JSON
 * sync set: the sync replaces a course with the row it is given.
 */
final class StoredCourseRows {
    private StoredCourseRows() {}

    /** A course left out of a bulk file: as stored, but {@code tobedeleted} at the bundle's time. */
    static CourseRecord tobedeleted(Course course, Map<UUID, String> programSourcedIds, Instant bulkTime) {
        return row(course, programSourcedIds, course.code(), course.title(), SyncStatus.tobedeleted, bulkTime);
    }

    /** A bundle line for a course we hold: the line's code, title, status and time, the rest as stored. */
    static CourseRecord merged(CourseRecord line, Course stored, Map<UUID, String> programSourcedIds) {
        return row(stored, programSourcedIds, line.code(), line.title(), line.status(), line.dateLastModified());
    }

    private static CourseRecord row(
            Course course,
            Map<UUID, String> programSourcedIds,
            String code,
            String title,
            SyncStatus status,
            Instant modified) {
        List<String> programs = course.programIds().stream()
                .map(programSourcedIds::get)
                .filter(Objects::nonNull)
                .sorted()
                .toList();
        List<String> items =
                course.competencyItemIds().stream().map(UUID::toString).sorted().toList();
        return new CourseRecord(
                course.sourcedId(),
                code,
                title,
                course.credits(),
                course.practicalHours(),
                course.learningOutcomes(),
                programs,
                items,
                status,
                modified);
    }
}
