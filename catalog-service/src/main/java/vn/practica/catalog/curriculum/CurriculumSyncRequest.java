package vn.practica.catalog.curriculum;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.practica.platform.json.CheckedPerRow;

/** Body of {@code PUT /api/v1/schools/{schoolId}/curriculum}: programmes and courses keyed by sourcedId. */
public record CurriculumSyncRequest(List<ProgramRow> programs, List<CourseRow> courses) {

    /** One programme row; {@code status} is OneRoster's {@code active} or {@code tobedeleted}. */
    @CheckedPerRow
    public record ProgramRow(
            String sourcedId,
            String fieldCode,
            Integer level,
            String nameVi,
            String nameEn,
            Integer durationMonths,
            String status,
            Instant dateLastModified) {}

    /**
     * One course row; {@code programSourcedIds} are the school's ids of its programmes, {@code
     * competencyItemIds} the CASE identifiers of the competency items it teaches.
     */
    @CheckedPerRow
    public record CourseRow(
            String sourcedId,
            String code,
            String title,
            BigDecimal credits,
            Integer practicalHours,
            List<String> learningOutcomes,
            List<String> programSourcedIds,
            List<String> competencyItemIds,
            String status,
            Instant dateLastModified) {}

    List<ProgramRow> programRows() {
        return programs == null ? List.of() : programs;
    }

    List<CourseRow> courseRows() {
        return courses == null ? List.of() : courses;
    }
}
