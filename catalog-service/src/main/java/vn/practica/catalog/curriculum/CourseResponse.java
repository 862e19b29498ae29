package vn.practica.catalog.curriculum;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.platform.http.ETags;

/** A course as delta readers see it, with OneRoster's status and dateLastModified. */
@Schema(name = "CourseResponse", description = "A course as delta readers see it")
public record CourseResponse(
        UUID id,
        UUID schoolId,
        @Schema(maxLength = CurriculumLimits.SOURCED_ID) String sourcedId,
        @Schema(maxLength = CurriculumLimits.CODE) String code,
        @Schema(maxLength = CurriculumLimits.TITLE) String title,

        @Schema(minimum = "0", maximum = CurriculumLimits.MAX_CREDITS)
        BigDecimal credits,

        @Schema(minimum = "0", maximum = "" + CurriculumLimits.MAX_HOURS)
        Integer practicalHours,

        @Schema(maxItems = CurriculumLimits.MAX_OUTCOMES)
        List<@Size(max = CurriculumLimits.OUTCOME) String> learningOutcomes,

        @Schema(maxItems = CurriculumLimits.MAX_PROGRAMS) List<UUID> programIds,

        @Schema(maxItems = CurriculumLimits.MAX_COMPETENCIES)
        List<UUID> competencyItemIds,

        @Schema(enumeration = {"active", "tobedeleted"}) String status,
        Instant dateLastModified,
        @Schema(minimum = "1", maximum = ETags.MAX_VERSION) long version,
        Instant updatedAt) {

    static CourseResponse of(Course c) {
        return new CourseResponse(
                c.id(),
                c.schoolId(),
                c.sourcedId(),
                c.code(),
                c.title(),
                c.credits(),
                c.practicalHours(),
                c.learningOutcomes(),
                c.programIds().stream().sorted().toList(),
                c.competencyItemIds().stream().sorted().toList(),
                c.status().name(),
                c.dateLastModified(),
                c.version(),
                c.updatedAt());
    }
}
