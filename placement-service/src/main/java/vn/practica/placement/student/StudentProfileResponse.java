package vn.practica.placement.student;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.platform.http.ETags;

/** The student's own record: what the school registered and what the student wrote. */
@Schema(name = "StudentProfileResponse", description = "Your student record and profile")
public record StudentProfileResponse(
        UUID schoolId,
        @Schema(maxLength = StudentLimits.SOURCED_ID) String sourcedId,
        @Schema(maxLength = StudentLimits.SOURCED_ID) String programSourcedId,

        @Schema(minimum = "" + StudentLimits.MIN_YEAR, maximum = "" + StudentLimits.MAX_YEAR)
        int yearOfStudy,

        @Schema(maxItems = StudentLimits.MAX_INTERESTS)
        List<@Size(max = StudentLimits.FIELD_CODE) String> fieldInterests,

        @Schema(maxLength = StudentLimits.NAME) String givenName,
        @Schema(maxLength = StudentLimits.NAME) String familyName,
        @Schema(maxLength = StudentLimits.EMAIL) String email,
        @Schema(maxLength = StudentLimits.PHONE) String phone,
        @Schema(maxLength = StudentLimits.CV_SUMMARY) String cvSummary,

        @Schema(maxItems = StudentLimits.MAX_LINKS) List<@Size(max = StudentLimits.LINK) String> links,

        @Schema(
                maxLength = StudentLimits.CREDENTIAL_DID,
                description = "The DID that names you in credentials issued from now on; absent: a salted hash of"
                        + " your e-mail")
        String credentialDid,

        @Schema(minimum = "1", maximum = ETags.MAX_VERSION) long version,
        Instant updatedAt) {

    static StudentProfileResponse of(Student s) {
        return new StudentProfileResponse(
                s.schoolId(),
                s.sourcedId(),
                s.programSourcedId(),
                s.yearOfStudy(),
                s.fieldInterests(),
                s.givenName(),
                s.familyName(),
                s.email(),
                s.phone(),
                s.cvSummary(),
                s.links(),
                s.credentialDid(),
                s.version(),
                s.updatedAt());
    }
}
