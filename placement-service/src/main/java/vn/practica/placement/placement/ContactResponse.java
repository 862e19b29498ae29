package vn.practica.placement.placement;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.placement.student.StudentDetails;
import vn.practica.placement.student.StudentLimits;

/** How a business reaches a student who accepted its offer; shown to nobody else, and to it only from then on. */
@Schema(name = "ContactResponse", description = "The student's name and contact, for the business once accepted")
public record ContactResponse(
        @Schema(maxLength = StudentLimits.NAME) String givenName,
        @Schema(maxLength = StudentLimits.NAME) String familyName,
        @Schema(maxLength = StudentLimits.EMAIL) String email,
        @Schema(maxLength = StudentLimits.PHONE) String phone) {

    public static ContactResponse of(StudentDetails s) {
        return new ContactResponse(s.givenName(), s.familyName(), s.email(), s.phone());
    }
}
