package vn.practica.placement.offer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An offer of a "for me" page: the offer as discovery lists it, and what of it the student's programme covers. */
@Schema(name = "ForMeOfferResponse", description = "An open offer you may apply to, and its competency coverage")
public record ForMeOfferResponse(OfferSummaryResponse offer, OfferCoverageResponse coverage) {
    static ForMeOfferResponse of(OfferForMeService.RankedOffer ranked) {
        return new ForMeOfferResponse(
                OfferSummaryResponse.of(ranked.posted()),
                OfferCoverageResponse.of(
                        ranked.coverage(), ranked.posted().offer().content().competencyItemIds(), ranked.humanCodes()));
    }
}
