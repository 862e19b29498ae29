package vn.practica.placement.application;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.placement.student.StudentDetails;
import vn.practica.placement.student.StudentLimits;

/**
 * A student applicant as the business reviews them: programme, year, the profile they keep and the coverage of
 * the offer's required competency items. No name nor contact: those come with the acceptance.
 */
@Schema(name = "ApplicantProfileResponse", description = "The student applicant, as the business reviews them")
public record ApplicantProfileResponse(
        @Schema(maxLength = StudentLimits.SOURCED_ID) String programSourcedId,

        @Schema(minimum = "" + StudentLimits.MIN_YEAR, maximum = "" + StudentLimits.MAX_YEAR)
        int yearOfStudy,

        @Schema(maxItems = StudentLimits.MAX_INTERESTS)
        List<@Size(max = StudentLimits.FIELD_CODE) String> fieldInterests,

        @Schema(maxLength = StudentLimits.CV_SUMMARY) String cvSummary,
        @Schema(maxItems = StudentLimits.MAX_LINKS) List<@Size(max = StudentLimits.LINK) String> links,
        CoverageResponse coverage) {

    static ApplicantProfileResponse of(StudentDetails s, CoverageResponse coverage) {
        return new ApplicantProfileResponse(
                s.programSourcedId(), s.yearOfStudy(), s.fieldInterests(), s.cvSummary(), s.links(), coverage);
    }
}
