package vn.practica.catalog.curriculum;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import vn.practica.platform.id.Uuids;

/** Per-row checks of a sync batch; a failed check rejects that row only. */
final class CurriculumRowRules {
    static final int MAX_OUTCOMES = 50;
    static final int MAX_COMPETENCIES = 100;
    private static final BigDecimal MAX_CREDITS = new BigDecimal("9999.9");

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
        if (r.credits() != null
                && (r.credits().compareTo(MAX_CREDITS) > 0
                        || r.credits().stripTrailingZeros().scale() > 1)) {
            return Optional.of("credits must be at most 9999.9 with one decimal");
        }
        return outcomesProblem(r.learningOutcomes()).or(() -> competencyIdsProblem(r.competencyItemIds()));
    }

    private static Optional<String> outcomesProblem(List<String> outcomes) {
        if (outcomes == null) {
            return Optional.empty();
        }
        if (outcomes.size() > MAX_OUTCOMES || outcomes.stream().anyMatch(o -> blank(o) || o.length() > 1000)) {
            return Optional.of(
                    "learningOutcomes: at most " + MAX_OUTCOMES + " non-blank texts of at most 1000 characters");
        }
        return Optional.empty();
    }

    private static Optional<String> competencyIdsProblem(List<String> ids) {
        if (ids == null) {
            return Optional.empty();
        }
        if (ids.size() > MAX_COMPETENCIES) {
            return Optional.of("at most " + MAX_COMPETENCIES + " competencyItemIds");
        }
        return ids.stream()
                .filter(id -> Uuids.parse(id) == null)
                .findFirst()
                .map(id -> "competencyItemIds: " + id + " is not a CASE identifier (UUID)");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
