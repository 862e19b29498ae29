package vn.practica.placement.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /api/v1/offers/{offerId}/applications}: why you apply and one answer per question of the
 * offer; a school also names the course it applies for.
 */
@Schema(name = "ApplyRequest", description = "Your application: motivation, answers and, for a school, the course")
public record ApplyRequest(
        @NotBlank @Size(max = ApplicationLimits.MOTIVATION) String motivation,

        @Schema(description = "One answer per question of the offer (applicantQuestions), in order")
        @Size(max = ApplicationLimits.MAX_ANSWERS)
        List<@NotBlank @Size(max = ApplicationLimits.ANSWER) String> answers,

        @Schema(description = "A school only: the sourcedId of its course the offer is for")
        @Size(min = 1, max = ApplicationLimits.COURSE_SOURCED_ID)
        String courseSourcedId) {

    ApplicationDraft draft() {
        return new ApplicationDraft(motivation, answers, courseSourcedId);
    }
}
