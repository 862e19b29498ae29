package vn.practica.placement.matching;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.placement.student.StudentLimits;

/**
 * A student who ranked a business's offer, as the business sees them to score them. Never their rank: a score
 * that depended on how high a student ranked the offer would make ranking truthfully a risk for them.
 */
@Schema(name = "RoundCandidate")
public record RoundCandidate(
        UUID studentId,
        UUID schoolId,
        @Schema(maxLength = StudentLimits.SOURCED_ID) String programSourcedId,
        @Schema(minimum = "1", maximum = "8") int yearOfStudy,
        @Schema(maxLength = StudentLimits.NAME) String givenName,
        @Schema(maxLength = StudentLimits.NAME) String familyName,

        @Schema(
                minimum = "0",
                maximum = "100",
                nullable = true,
                description = "The business's score in percent; null: not scored, the default priority holds")
        BigDecimal score) {}
