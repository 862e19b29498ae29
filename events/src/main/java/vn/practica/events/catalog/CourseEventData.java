package vn.practica.events.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * Data of course events: a school's course after the change.
 *
 * @param programIds Practica ids of the programmes the course belongs to
 * @param competencyItemIds CASE identifiers of the competency items the course teaches
 * @param status {@code active} or {@code tobedeleted} (OneRoster)
 */
public record CourseEventData(
        String id,
        String schoolId,
        String sourcedId,
        String code,
        String title,
        BigDecimal credits,
        Integer practicalHours,
        List<String> learningOutcomes,
        List<String> programIds,
        List<String> competencyItemIds,
        String status,
        long version) {}
