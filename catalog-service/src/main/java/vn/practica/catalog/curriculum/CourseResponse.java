package vn.practica.catalog.curriculum;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A course as delta readers see it, with OneRoster's status and dateLastModified. */
public record CourseResponse(
        UUID id,
        UUID schoolId,
        String sourcedId,
        String code,
        String title,
        BigDecimal credits,
        Integer practicalHours,
        List<String> learningOutcomes,
        List<UUID> programIds,
        List<UUID> competencyItemIds,
        String status,
        Instant dateLastModified,
        long version,
        Instant updatedAt) {

    static CourseResponse of(Course c) {
        return new CourseResponse(
                c.id(),
                c.schoolId(),
                c.sourcedId(),
                c.code(),
                c.title(),
                c.credits(),
                c.practicalHours(),
                c.learningOutcomes(),
                c.programIds().stream().sorted().toList(),
                c.competencyItemIds().stream().sorted().toList(),
                c.status().name(),
                c.dateLastModified(),
                c.version(),
                c.updatedAt());
    }
}
