package vn.practica.catalog.curriculum;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import vn.practica.catalog.field.FieldCodes;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.text.ControlCharacters;
import vn.practica.platform.time.Timestamps;

/** Per-row checks of a sync batch; a failed check rejects that row only. */
final class CurriculumRowRules {
    private static final BigDecimal MAX_CREDITS = new BigDecimal(CurriculumLimits.MAX_CREDITS);

    private CurriculumRowRules() {}

    static Optional<String> programProblem(ProgramRecord r, Instant now) {
        Optional<String> common = syncedRowProblem(r.sourcedId(), r.status(), r.dateLastModified(), now);
        if (common.isPresent()) {
            return common;
        }
        if (Stream.of(r.sourcedId(), r.fieldCode(), r.nameVi(), r.nameEn()).anyMatch(ControlCharacters::in)) {
            return Optional.of("text " + ControlCharacters.MESSAGE);
        }
        if (blank(r.fieldCode()) || r.fieldCode().length() > FieldCodes.MAX_LENGTH) {
            return Optional.of("fieldCode is required (at most " + FieldCodes.MAX_LENGTH + " characters)");
        }
        if (blank(r.nameVi()) || r.nameVi().length() > CurriculumLimits.NAME) {
            return Optional.of("nameVi is required (at most " + CurriculumLimits.NAME + " characters)");
        }
        if (r.level() < CurriculumLimits.MIN_LEVEL || r.level() > CurriculumLimits.MAX_LEVEL) {
            return Optional.of("level must be a VQF level from 1 to 8");
        }
        if (r.durationMonths() != null
                && (r.durationMonths() <= 0 || r.durationMonths() > CurriculumLimits.MAX_MONTHS)) {
            return Optional.of("durationMonths must be from 1 to " + CurriculumLimits.MAX_MONTHS);
        }
        if (r.nameEn() != null && r.nameEn().length() > CurriculumLimits.NAME) {
            return Optional.of("nameEn has at most " + CurriculumLimits.NAME + " characters");
        }
        return Optional.empty();
    }

    static Optional<String> courseProblem(CourseRecord r, Instant now) {
        Optional<String> common = syncedRowProblem(r.sourcedId(), r.status(), r.dateLastModified(), now);
        if (common.isPresent()) {
            return common;
        }
        if (texts(r).anyMatch(ControlCharacters::in)) {
            return Optional.of("text " + ControlCharacters.MESSAGE);
        }
        if (blank(r.code())
                || r.code().length() > CurriculumLimits.CODE
                || blank(r.title())
                || r.title().length() > CurriculumLimits.TITLE) {
            return Optional.of("code (at most " + CurriculumLimits.CODE + " characters) and title (at most "
                    + CurriculumLimits.TITLE + ") are required");
        }
        if ((r.credits() != null && r.credits().signum() < 0)
                || (r.practicalHours() != null
                        && (r.practicalHours() < 0 || r.practicalHours() > CurriculumLimits.MAX_HOURS))) {
            return Optional.of(
                    "credits must not be negative; practicalHours must be from 0 to " + CurriculumLimits.MAX_HOURS);
        }
        if (Stream.of(r.learningOutcomes(), r.programSourcedIds(), r.competencyItemIds())
                .anyMatch(list -> list != null && list.stream().anyMatch(Objects::isNull))) {
            return Optional.of("learningOutcomes, programSourcedIds and competencyItemIds must not contain null");
        }
        if (r.credits() != null
                && (r.credits().compareTo(MAX_CREDITS) > 0
                        || r.credits().stripTrailingZeros().scale() > 1)) {
            return Optional.of("credits must be at most 9999.9 with one decimal");
        }
        return outcomesProblem(r.learningOutcomes())
                .or(() -> programIdsProblem(r.programSourcedIds()))
                .or(() -> competencyIdsProblem(r.competencyItemIds()));
    }

    /** What every synced row needs: the school's id for it, an OneRoster status, a plausible modification time. */
    private static Optional<String> syncedRowProblem(
            String sourcedId, SyncStatus status, Instant modified, Instant now) {
        if (blank(sourcedId) || sourcedId.length() > CurriculumLimits.SOURCED_ID) {
            return Optional.of("sourcedId is required (at most " + CurriculumLimits.SOURCED_ID + " characters)");
        }
        if (status == null) {
            return Optional.of("status must be active or tobedeleted");
        }
        return modifiedProblem(modified, now);
    }

    /**
     * Required, storable, and not ahead of our clock: a far-future time would make the row look newer than
     * every later change the school sends, freezing it for ever.
     */
    private static Optional<String> modifiedProblem(Instant modified, Instant now) {
        if (modified == null) {
            return Optional.of("dateLastModified is required");
        }
        if (!Timestamps.isPast(modified, now)) {
            return Optional.of("dateLastModified " + Timestamps.PAST_RULE + " and " + Timestamps.STORABLE_RULE);
        }
        return Optional.empty();
    }

    private static Stream<String> texts(CourseRecord r) {
        return Stream.of(
                        Stream.of(r.sourcedId(), r.code(), r.title()),
                        list(r.learningOutcomes()),
                        list(r.programSourcedIds()),
                        list(r.competencyItemIds()))
                .flatMap(texts -> texts);
    }

    private static Stream<String> list(List<String> values) {
        return values == null ? Stream.empty() : values.stream();
    }

    private static Optional<String> outcomesProblem(List<String> outcomes) {
        if (outcomes == null) {
            return Optional.empty();
        }
        if (outcomes.size() > CurriculumLimits.MAX_OUTCOMES
                || outcomes.stream().anyMatch(o -> blank(o) || o.length() > CurriculumLimits.OUTCOME)) {
            return Optional.of("learningOutcomes: at most " + CurriculumLimits.MAX_OUTCOMES
                    + " non-blank texts of at most " + CurriculumLimits.OUTCOME + " characters");
        }
        return Optional.empty();
    }

    private static Optional<String> programIdsProblem(List<String> ids) {
        if (ids == null) {
            return Optional.empty();
        }
        if (ids.size() > CurriculumLimits.MAX_PROGRAMS
                || ids.stream().anyMatch(id -> id.length() > CurriculumLimits.SOURCED_ID)) {
            return Optional.of("programSourcedIds: at most " + CurriculumLimits.MAX_PROGRAMS + " sourcedIds of at most "
                    + CurriculumLimits.SOURCED_ID + " characters");
        }
        return Optional.empty();
    }

    private static Optional<String> competencyIdsProblem(List<String> ids) {
        if (ids == null) {
            return Optional.empty();
        }
        if (ids.size() > CurriculumLimits.MAX_COMPETENCIES) {
            return Optional.of("at most " + CurriculumLimits.MAX_COMPETENCIES + " competencyItemIds");
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
