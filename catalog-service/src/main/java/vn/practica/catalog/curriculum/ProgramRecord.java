package vn.practica.catalog.curriculum;

import java.time.Instant;

/** A programme as the school's LMS/SIS sends it. */
public record ProgramRecord(
        String sourcedId,
        String fieldCode,
        int level,
        String nameVi,
        String nameEn,
        Integer durationMonths,
        SyncStatus status,
        Instant dateLastModified) {}
