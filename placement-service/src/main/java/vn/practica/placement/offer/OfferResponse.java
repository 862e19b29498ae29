package vn.practica.placement.offer;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.platform.http.ETags;

/** An offer as its business sees it: everything it sent, its mentors, the seats taken and where it stands. */
@Schema(name = "OfferResponse", description = "Your offer, whole")
public record OfferResponse(
        UUID id,
        UUID businessId,
        @Schema(maxLength = OfferLimits.EXTERNAL_REF) String externalRef,
        OfferStatus status,
        @Schema(maxLength = OfferLimits.TITLE) String title,
        @Schema(maxLength = OfferLimits.DESCRIPTION) String description,
        @Schema(maxLength = OfferLimits.CODE) String fieldCode,
        @Schema(maxItems = OfferLimits.MAX_COMPETENCIES) List<UUID> competencyItemIds,

        @Schema(minimum = "" + OfferLimits.MIN_SEATS, maximum = "" + OfferLimits.MAX_SEATS)
        int totalJobOpenings,

        @Schema(minimum = "0", maximum = "" + OfferLimits.MAX_SEATS, description = "Seats accepted placements hold")
        int seatsTaken,

        WorkMode workMode,
        @Schema(maxLength = OfferLimits.PROVINCE_CODE) String provinceCode,
        LocalDate jobStartDate,
        LocalDate jobEndDate,

        @Schema(minimum = "" + OfferLimits.MIN_HOURS, maximum = "" + OfferLimits.MAX_HOURS)
        int expectedHours,

        LocalDate validThrough,

        @Schema(minimum = "0", maximum = "" + OfferLimits.MAX_STIPEND_VND)
        Long stipendVnd,

        OfferEligibilityResponse eligibility,

        @Schema(maxItems = OfferLimits.MAX_MENTORS) List<@Size(max = OfferLimits.MENTOR_SUBJECT) String> mentorSubjects,

        @Schema(maxItems = OfferLimits.MAX_QUESTIONS) List<@Size(max = OfferLimits.QUESTION) String> applicantQuestions,

        @Schema(maxLength = OfferLimits.CODE) String cooperationModelCode,

        @Schema(minimum = "1", maximum = ETags.MAX_VERSION, description = "The version the offer was made under")
        long cooperationModelVersion,

        ContributionKind contributionKind,

        @Schema(maxLength = OfferLimits.CANCEL_REASON, description = "Why it was cancelled, when it was")
        String cancelReason,

        @Schema(description = "When it opened; null for a draft never opened")
        Instant publishedAt,

        @Schema(minimum = "1", maximum = ETags.MAX_VERSION) long version,
        Instant createdAt,
        Instant updatedAt) {

    static OfferResponse of(Offer o) {
        OfferContent c = o.content();
        return new OfferResponse(
                o.id(),
                o.businessId(),
                o.externalRef(),
                o.status(),
                c.title(),
                c.description(),
                c.fieldCode(),
                c.competencyItemIds(),
                c.seats(),
                o.seatsTaken(),
                c.workMode(),
                c.provinceCode(),
                c.jobStartDate(),
                c.jobEndDate(),
                c.expectedHours(),
                c.validThrough(),
                c.stipendVnd(),
                OfferEligibilityResponse.of(c.eligibility()),
                c.mentorSubjects(),
                c.applicantQuestions(),
                c.cooperationModelCode(),
                o.cooperationModelVersion(),
                c.contributionKind(),
                o.cancelReason(),
                o.publishedAt(),
                o.version(),
                o.createdAt(),
                o.updatedAt());
    }
}
