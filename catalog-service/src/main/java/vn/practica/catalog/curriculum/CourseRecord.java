package vn.practica.catalog.curriculum;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A course as the school's LMS/SIS sends it; programmes are referenced by the school's sourcedIds, competency
 * items by their CASE identifiers (UUIDs).
 */
public record CourseRecord(
        String sourcedId,
        String code,
        String title,
        BigDecimal credits,
        Integer practicalHours,
        List<String> learningOutcomes,
        List<String> programSourcedIds,
        List<String> competencyItemIds,
        SyncStatus status,
        Instant dateLastModified) {}
