package vn.practica.catalog.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A course as the school's LMS/SIS sends it; programmes are referenced by the school's sourcedIds. */
public record CourseRecord(
        String sourcedId,
        String code,
        String title,
        BigDecimal credits,
        Integer practicalHours,
        List<String> learningOutcomes,
        List<String> programSourcedIds,
        SyncStatus status,
        Instant dateLastModified) {}
