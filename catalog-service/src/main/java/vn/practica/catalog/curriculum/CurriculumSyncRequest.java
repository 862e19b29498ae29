package vn.practica.catalog.curriculum;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.catalog.field.FieldCodes;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.json.CheckedPerRow;

/**
 * Body of {@code PUT /api/v1/schools/{schoolId}/curriculum}: programmes and courses keyed by sourcedId. The
 * bounds on rows are their row rules ({@link CurriculumRowRules}), stated for the OpenAPI document: a row that
 * breaks one is rejected alone, so they are not Bean Validation constraints (the constraints on list entries
 * only tell the document: nothing validates this record).
 */
@Schema(
        name = "CurriculumSyncRequest",
        description = "Programmes and courses keyed by the school's sourcedIds; at most " + CurriculumLimits.MAX_ROWS
                + " rows in all")
public record CurriculumSyncRequest(
        @Schema(maxItems = CurriculumLimits.MAX_ROWS) List<ProgramRow> programs,
        @Schema(maxItems = CurriculumLimits.MAX_ROWS) List<CourseRow> courses) {

    /** One programme row; {@code status} is OneRoster's {@code active} or {@code tobedeleted}. */
    @CheckedPerRow
    @Schema(name = "ProgramRow", description = "A programme; a row breaking these bounds is rejected alone")
    public record ProgramRow(
            @Schema(required = true, maxLength = CurriculumLimits.SOURCED_ID)
            String sourcedId,

            @Schema(required = true, maxLength = FieldCodes.MAX_LENGTH, description = "An active field's code")
            String fieldCode,

            @Schema(
                    required = true,
                    minimum = "" + CurriculumLimits.MIN_LEVEL,
                    maximum = "" + CurriculumLimits.MAX_LEVEL,
                    description = "VQF level: 5 intermediate, 6 college, 7 bachelor's")
            Integer level,

            @Schema(required = true, maxLength = CurriculumLimits.NAME)
            String nameVi,

            @Schema(maxLength = CurriculumLimits.NAME) String nameEn,

            @Schema(minimum = "1", maximum = "" + CurriculumLimits.MAX_MONTHS)
            Integer durationMonths,

            @Schema(
                    required = true,
                    enumeration = {"active", "tobedeleted"})
            String status,

            @Schema(required = true, description = "Not ahead of the service's clock")
            Instant dateLastModified) {}

    /**
     * One course row; {@code programSourcedIds} are the school's ids of its programmes, {@code
     * competencyItemIds} the CASE identifiers of the competency items it teaches.
     */
    @CheckedPerRow
    @Schema(name = "CourseRow", description = "A course; a row breaking these bounds is rejected alone")
    public record CourseRow(
            @Schema(required = true, maxLength = CurriculumLimits.SOURCED_ID)
            String sourcedId,

            @Schema(required = true, maxLength = CurriculumLimits.CODE)
            String code,

            @Schema(required = true, maxLength = CurriculumLimits.TITLE)
            String title,

            @Schema(minimum = "0", maximum = CurriculumLimits.MAX_CREDITS, multipleOf = 0.1)
            BigDecimal credits,

            @Schema(minimum = "0", maximum = "" + CurriculumLimits.MAX_HOURS)
            Integer practicalHours,

            @Schema(maxItems = CurriculumLimits.MAX_OUTCOMES)
            List<@Size(max = CurriculumLimits.OUTCOME) String> learningOutcomes,

            @Schema(maxItems = CurriculumLimits.MAX_PROGRAMS, description = "sourcedIds of the school's programmes")
            List<@Size(max = CurriculumLimits.SOURCED_ID) String> programSourcedIds,

            @Schema(maxItems = CurriculumLimits.MAX_COMPETENCIES, description = "CASE identifiers of CFItems")
            List<@Pattern(regexp = Uuids.PATTERN) String> competencyItemIds,

            @Schema(
                    required = true,
                    enumeration = {"active", "tobedeleted"})
            String status,

            @Schema(required = true, description = "Not ahead of the service's clock")
            Instant dateLastModified) {}

    List<ProgramRow> programRows() {
        return programs == null ? List.of() : programs;
    }

    List<CourseRow> courseRows() {
        return courses == null ? List.of() : courses;
    }
}
