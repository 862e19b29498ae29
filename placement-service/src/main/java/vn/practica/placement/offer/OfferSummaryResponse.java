package vn.practica.placement.offer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An open offer in a discovery page: enough to choose; the whole offer is at GET /api/v1/offers/{id}. */
@Schema(name = "OfferSummaryResponse", description = "An open offer as discovery lists it")
public record OfferSummaryResponse(
        UUID id,
        UUID businessId,

        @Schema(maxLength = PostedOfferResponse.BUSINESS_NAME)
        String businessName,

        @Schema(maxLength = OfferLimits.TITLE) String title,
        @Schema(maxLength = OfferLimits.CODE) String fieldCode,
        @Schema(maxItems = OfferLimits.MAX_COMPETENCIES) List<UUID> competencyItemIds,

        @Schema(minimum = "" + OfferLimits.MIN_SEATS, maximum = "" + OfferLimits.MAX_SEATS)
        int totalJobOpenings,

        @Schema(minimum = "0", maximum = "" + OfferLimits.MAX_SEATS)
        int seatsAvailable,

        WorkMode workMode,
        @Schema(maxLength = OfferLimits.PROVINCE_CODE) String provinceCode,
        LocalDate jobStartDate,
        LocalDate jobEndDate,

        @Schema(minimum = "" + OfferLimits.MIN_HOURS, maximum = "" + OfferLimits.MAX_HOURS)
        int expectedHours,

        LocalDate validThrough,

        @Schema(minimum = "0", maximum = "" + OfferLimits.MAX_STIPEND_VND)
        Long stipendVnd,

        @Schema(maxLength = OfferLimits.CODE) String cooperationModelCode,
        ContributionKind contributionKind,
        Instant publishedAt) {

    static OfferSummaryResponse of(PostedOffer posted) {
        Offer o = posted.offer();
        OfferContent c = o.content();
        return new OfferSummaryResponse(
                o.id(),
                o.businessId(),
                posted.businessName(),
                c.title(),
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
                c.cooperationModelCode(),
                c.contributionKind(),
                o.publishedAt());
    }
}
