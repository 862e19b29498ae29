package vn.practica.placement.matching;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.placement.offer.OfferLimits;

/** One offer of a round, as students rank it; its full content is at /api/v1/offers/{offerId}. */
@Schema(name = "MatchingRoundOffer")
public record RoundOfferResponse(
        UUID offerId,
        UUID businessId,
        @Schema(maxLength = OfferLimits.TITLE) String title,
        @Schema(maxLength = OfferLimits.CODE) String fieldCode,
        @Schema(maxLength = OfferLimits.PROVINCE_CODE) String provinceCode,

        @Schema(minimum = "1", maximum = "10000", description = "totalJobOpenings")
        int seats,

        @Schema(minimum = "0", maximum = "10000", description = "Seats free now; a run takes what is free when it runs")
        int seatsFree,

        LocalDate jobStartDate) {

    static RoundOfferResponse of(RoundOffer offer) {
        return new RoundOfferResponse(
                offer.offerId(),
                offer.businessId(),
                offer.title(),
                offer.fieldCode(),
                offer.provinceCode(),
                offer.seats(),
                offer.seats() - offer.seatsTaken(),
                offer.jobStartDate());
    }
}
