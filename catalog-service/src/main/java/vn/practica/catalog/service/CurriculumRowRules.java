package vn.practica.catalog.service;

import java.util.Optional;
import vn.practica.catalog.domain.CourseRecord;
import vn.practica.catalog.domain.ProgramRecord;

/** Per-row checks of a sync batch; a failed check rejects that row only. */
final class CurriculumRowRules {
    private CurriculumRowRules() {}

    static Optional<String> programProblem(ProgramRecord r) {
        if (blank(r.sourcedId()) || r.sourcedId().length() > 255) {
            return Optional.of("sourcedId is required (at most 255 characters)");
        }
        if (r.status() == null) {
            return Optional.of("status must be active or tobedeleted");
        }
        if (r.dateLastModified() == null) {
            return Optional.of("dateLastModified is required");
        }
        if (blank(r.nameVi()) || r.nameVi().length() > 300) {
            return Optional.of("nameVi is required (at most 300 characters)");
        }
        if (r.level() < 1 || r.level() > 8) {
            return Optional.of("level must be a VQF level from 1 to 8");
        }
        if (r.durationMonths() != null && r.durationMonths() <= 0) {
            return Optional.of("durationMonths must be positive");
        }
        return Optional.empty();
    }

    static Optional<String> courseProblem(CourseRecord r) {
        if (blank(r.sourcedId()) || r.sourcedId().length() > 255) {
            return Optional.of("sourcedId is required (at most 255 characters)");
        }
        if (r.status() == null) {
            return Optional.of("status must be active or tobedeleted");
        }
        if (r.dateLastModified() == null) {
            return Optional.of("dateLastModified is required");
        }
        if (blank(r.code())
                || r.code().length() > 50
                || blank(r.title())
                || r.title().length() > 300) {
            return Optional.of("code (at most 50 characters) and title (at most 300) are required");
        }
        if ((r.credits() != null && r.credits().signum() < 0)
                || (r.practicalHours() != null && r.practicalHours() < 0)) {
            return Optional.of("credits and practicalHours must not be negative");
        }
        return Optional.empty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
