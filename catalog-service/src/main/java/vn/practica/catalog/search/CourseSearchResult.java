package vn.practica.catalog.search;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.catalog.curriculum.CurriculumLimits;
import vn.practica.catalog.field.FieldCodes;
import vn.practica.catalog.organization.OrganizationProfile;

/** A course found by search, with the active programmes it belongs to. */
@Schema(name = "CourseSearchResult", description = "A course found by search, with its active programmes")
public record CourseSearchResult(
        UUID id,
        UUID schoolId,

        @Schema(maxLength = OrganizationProfile.MAX_SHORT_NAME, description = "The school's short name")
        String schoolName,

        @Schema(maxLength = CurriculumLimits.CODE) String code,
        @Schema(maxLength = CurriculumLimits.TITLE) String title,

        @Schema(minimum = "0", maximum = CurriculumLimits.MAX_CREDITS)
        BigDecimal credits,

        @Schema(minimum = "0", maximum = "" + CurriculumLimits.MAX_HOURS)
        Integer practicalHours,

        @Schema(maxItems = CurriculumLimits.MAX_PROGRAMS) List<ProgramRef> programs) {

    /** A programme of a course: enough to show and filter, not the whole programme. */
    @Schema(name = "ProgramRef", description = "A programme of a course")
    public record ProgramRef(
            UUID id,
            @Schema(maxLength = CurriculumLimits.NAME) String name,

            @Schema(maxLength = FieldCodes.MAX_LENGTH, description = "The field's code")
            String field,

            @Schema(minimum = "" + CurriculumLimits.MIN_LEVEL, maximum = "" + CurriculumLimits.MAX_LEVEL)
            int level) {}

    CourseSearchResult withPrograms(List<ProgramRef> refs) {
        return new CourseSearchResult(id, schoolId, schoolName, code, title, credits, practicalHours, refs);
    }
}
