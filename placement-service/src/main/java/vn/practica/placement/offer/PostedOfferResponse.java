package vn.practica.placement.offer;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.platform.http.ETags;

/**
 * An offer as students, schools and other organizations read it: what it asks and offers, who posts it, the
 * seats left. The business's mentors stay with the business.
 */
@Schema(name = "PostedOfferResponse", description = "An offer as anyone who may see it reads it")
public record PostedOfferResponse(
        UUID id,
        UUID businessId,

        @Schema(maxLength = BUSINESS_NAME, description = "The business's short name, once catalog announced it")
        String businessName,

        OfferStatus status,
        @Schema(maxLength = OfferLimits.TITLE) String title,
        @Schema(maxLength = OfferLimits.DESCRIPTION) String description,
        @Schema(maxLength = OfferLimits.CODE) String fieldCode,
        @Schema(maxItems = OfferLimits.MAX_COMPETENCIES) List<UUID> competencyItemIds,

        @Schema(minimum = "" + OfferLimits.MIN_SEATS, maximum = "" + OfferLimits.MAX_SEATS)
        int totalJobOpenings,

        @Schema(minimum = "0", maximum = "" + OfferLimits.MAX_SEATS, description = "Seats not yet taken")
        int seatsAvailable,

        WorkMode workMode,
        @Schema(maxLength = OfferLimits.PROVINCE_CODE) String provinceCode,
        LocalDate jobStartDate,
        LocalDate jobEndDate,

        @Schema(minimum = "" + OfferLimits.MIN_HOURS, maximum = "" + OfferLimits.MAX_HOURS)
        int expectedHours,

        @Schema(description = "The last day applications are taken (Vietnam time)")
        LocalDate validThrough,

        @Schema(minimum = "0", maximum = "" + OfferLimits.MAX_STIPEND_VND, description = "Monthly, in VND")
        Long stipendVnd,

        OfferEligibilityResponse eligibility,

        @Schema(maxItems = OfferLimits.MAX_QUESTIONS) List<@Size(max = OfferLimits.QUESTION) String> applicantQuestions,

        @Schema(maxLength = OfferLimits.CODE) String cooperationModelCode,
        @Schema(minimum = "1", maximum = ETags.MAX_VERSION) long cooperationModelVersion,
        ContributionKind contributionKind,
        @Schema(maxLength = OfferLimits.CANCEL_REASON) String cancelReason,
        Instant publishedAt,
        @Schema(minimum = "1", maximum = ETags.MAX_VERSION) long version) {
    /** partner_organization.short_name (catalog-reference). */
    static final int BUSINESS_NAME = 100;

    static PostedOfferResponse of(PostedOffer posted) {
        Offer o = posted.offer();
        OfferContent c = o.content();
        return new PostedOfferResponse(
                o.id(),
                o.businessId(),
                posted.businessName(),
                o.status(),
                c.title(),
                c.description(),
                c.fieldCode(),
                c.competencyItemIds(),
                c.seats(),
                c.seats() - o.seatsTaken(),
                c.workMode(),
                c.provinceCode(),
                c.jobStartDate(),
                c.jobEndDate(),
                c.expectedHours(),
                c.validThrough(),
                c.stipendVnd(),
                OfferEligibilityResponse.of(c.eligibility()),
                c.applicantQuestions(),
                c.cooperationModelCode(),
                o.cooperationModelVersion(),
                c.contributionKind(),
                o.cancelReason(),
                o.publishedAt(),
                o.version());
    }
}
