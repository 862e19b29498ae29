package vn.practica.catalog.curriculum;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.text.ControlCharacters;
import vn.practica.platform.time.Timestamps;

/** Per-row checks of a sync batch; a failed check rejects that row only. */
final class CurriculumRowRules {
    static final int MAX_OUTCOMES = 50;
    static final int MAX_COMPETENCIES = 100;
    /** Fifty years: no programme runs longer. */
    static final int MAX_MONTHS = 600;
    /** Far beyond any course; keeps sums of hours in KPIs far from overflow. */
    static final int MAX_HOURS = 10_000;

    private static final BigDecimal MAX_CREDITS = new BigDecimal("9999.9");

    private CurriculumRowRules() {}

    static Optional<String> programProblem(ProgramRecord r, Instant now) {
        Optional<String> common = syncedRowProblem(r.sourcedId(), r.status(), r.dateLastModified(), now);
        if (common.isPresent()) {
            return common;
        }
        if (Stream.of(r.sourcedId(), r.fieldCode(), r.nameVi(), r.nameEn()).anyMatch(ControlCharacters::in)) {
            return Optional.of("text " + ControlCharacters.MESSAGE);
        }
        if (blank(r.nameVi()) || r.nameVi().length() > 300) {
            return Optional.of("nameVi is required (at most 300 characters)");
        }
        if (r.level() < 1 || r.level() > 8) {
            return Optional.of("level must be a VQF level from 1 to 8");
        }
        if (r.durationMonths() != null && (r.durationMonths() <= 0 || r.durationMonths() > MAX_MONTHS)) {
            return Optional.of("durationMonths must be from 1 to " + MAX_MONTHS);
        }
        if (r.nameEn() != null && r.nameEn().length() > 300) {
            return Optional.of("nameEn has at most 300 characters");
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
                || r.code().length() > 50
                || blank(r.title())
                || r.title().length() > 300) {
            return Optional.of("code (at most 50 characters) and title (at most 300) are required");
        }
        if ((r.credits() != null && r.credits().signum() < 0)
                || (r.practicalHours() != null && (r.practicalHours() < 0 || r.practicalHours() > MAX_HOURS))) {
            return Optional.of("credits must not be negative; practicalHours must be from 0 to " + MAX_HOURS);
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
        return outcomesProblem(r.learningOutcomes()).or(() -> competencyIdsProblem(r.competencyItemIds()));
    }

    /** What every synced row needs: the school's id for it, an OneRoster status, a plausible modification time. */
    private static Optional<String> syncedRowProblem(
            String sourcedId, SyncStatus status, Instant modified, Instant now) {
        if (blank(sourcedId) || sourcedId.length() > 255) {
            return Optional.of("sourcedId is required (at most 255 characters)");
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
