package vn.practica.placement.student;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.platform.http.ETags;

/** A student as their school registered them, with the field interests that count now. */
@Schema(name = "StudentResponse", description = "A student as the school registered them")
public record StudentResponse(
        @Schema(maxLength = StudentLimits.SOURCED_ID) String sourcedId,
        @Schema(maxLength = StudentLimits.SOURCED_ID) String programSourcedId,

        @Schema(minimum = "" + StudentLimits.MIN_YEAR, maximum = "" + StudentLimits.MAX_YEAR)
        int yearOfStudy,

        @Schema(
                maxItems = StudentLimits.MAX_INTERESTS,
                description = "The school's, until the student chooses their own")
        List<@Size(max = StudentLimits.FIELD_CODE) String> fieldInterests,

        @Schema(maxLength = StudentLimits.NAME) String givenName,
        @Schema(maxLength = StudentLimits.NAME) String familyName,
        @Schema(maxLength = StudentLimits.EMAIL) String email,
        @Schema(maxLength = StudentLimits.PHONE) String phone,
        @Schema(maxLength = StudentLimits.LOGIN_SUBJECT) String loginSubject,
        @Schema(minimum = "1", maximum = ETags.MAX_VERSION) long version,
        Instant updatedAt) {

    static StudentResponse of(Student s) {
        return new StudentResponse(
                s.sourcedId(),
                s.programSourcedId(),
                s.yearOfStudy(),
                s.fieldInterests(),
                s.givenName(),
                s.familyName(),
                s.email(),
                s.phone(),
                s.loginSubject(),
                s.version(),
                s.updatedAt());
    }
}
