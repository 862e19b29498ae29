package vn.practica.placement.application;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.placement.offer.OfferLimits;
import vn.practica.placement.placement.ApplicantKind;
import vn.practica.placement.placement.ContactResponse;
import vn.practica.placement.student.StudentLimits;
import vn.practica.platform.http.ETags;

/**
 * An application as its reader may see it; members a reader may not see are absent. The applicant and the
 * business read the motivation, answers and rejection reason; the business also the student's profile and
 * coverage, and their {@code contact} once ACCEPTED; the student's school its student's own id.
 */
@Schema(name = "ApplicationResponse", description = "An application; members you may not see are absent")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationResponse(
        UUID id,
        UUID offerId,
        @Schema(maxLength = OfferLimits.TITLE) String offerTitle,
        UUID businessId,
        ApplicantKind applicantKind,

        @Schema(description = "The student's school, or the applying school")
        UUID schoolId,

        @Schema(maxLength = ApplicationLimits.COURSE_SOURCED_ID, description = "The course a school applies for")
        String courseSourcedId,

        @Schema(description = "As it stands today: an offer not accepted by respondBy is EXPIRED")
        ApplicationStatus status,

        @Schema(description = "The last day (Vietnam time) to accept, once OFFERED")
        LocalDate respondBy,

        @Schema(maxLength = ApplicationLimits.MOTIVATION, description = "For the applicant and the business")
        String motivation,

        @Schema(maxItems = ApplicationLimits.MAX_ANSWERS, description = "One per question of the offer, in order")
        List<@Size(max = ApplicationLimits.ANSWER) String> answers,

        @Schema(maxLength = ApplicationLimits.REJECT_REASON, description = "For the applicant and the business")
        String rejectReason,

        @Schema(maxLength = StudentLimits.SOURCED_ID, description = "The school's own id of the student; for it")
        String studentSourcedId,

        @Schema(description = "The student applicant, for the business")
        ApplicantProfileResponse applicant,

        @Schema(description = "For the business, once the application is ACCEPTED")
        ContactResponse contact,

        @Schema(minimum = "1", maximum = ETags.MAX_VERSION) long version,
        Instant createdAt,
        Instant updatedAt) {

    static ApplicationResponse of(ApplicationView view) {
        Application a = view.application();
        ApplicationAudience reader = view.audience();
        ApplicationStatus status = a.statusOn(view.today());
        boolean text = reader.readsText();
        boolean business = reader == ApplicationAudience.BUSINESS && view.student() != null;
        return new ApplicationResponse(
                a.id(),
                a.offerId(),
                view.offer().title(),
                a.businessId(),
                a.applicantKind(),
                a.schoolId(),
                a.courseSourcedId(),
                status,
                a.respondBy(),
                text ? a.motivation() : null,
                text ? a.answers() : null,
                text ? a.rejectReason() : null,
                reader == ApplicationAudience.SCHOOL && view.student() != null
                        ? view.student().sourcedId()
                        : null,
                business
                        ? ApplicantProfileResponse.of(
                                view.student(),
                                CoverageResponse.of(
                                        view.coverage(), view.offer().competencyItemIds()))
                        : null,
                business && status == ApplicationStatus.ACCEPTED ? ContactResponse.of(view.student()) : null,
                a.version(),
                a.createdAt(),
                a.updatedAt());
    }
}
