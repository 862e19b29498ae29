package vn.practica.placement.offer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An offer as applications and placements see it: who posts it, where it stands, who may apply and on what terms
 * (field, place, dates, hours, cooperation model). Mentors and the description are not in it.
 *
 * @param seats {@code totalJobOpenings}
 * @param seatsTaken seats the offer's placements hold when it was read
 * @param validThrough the last day applications are taken, Vietnam time
 */
public record OfferTerms(
        UUID id,
        UUID businessId,
        OfferStatus status,
        String title,
        String fieldCode,
        List<UUID> competencyItemIds,
        int seats,
        int seatsTaken,
        WorkMode workMode,
        String provinceCode,
        LocalDate jobStartDate,
        LocalDate jobEndDate,
        int expectedHours,
        LocalDate validThrough,
        OfferEligibility eligibility,
        List<String> applicantQuestions,
        String cooperationModelCode,
        long cooperationModelVersion,
        ContributionKind contributionKind) {

    static OfferTerms of(Offer offer) {
        OfferContent c = offer.content();
        return new OfferTerms(
                offer.id(),
                offer.businessId(),
                offer.status(),
                c.title(),
                c.fieldCode(),
                c.competencyItemIds(),
                c.seats(),
                offer.seatsTaken(),
                c.workMode(),
                c.provinceCode(),
                c.jobStartDate(),
                c.jobEndDate(),
                c.expectedHours(),
                c.validThrough(),
                c.eligibility(),
                c.applicantQuestions(),
                c.cooperationModelCode(),
                offer.cooperationModelVersion(),
                c.contributionKind());
    }

    /** Only a published offer is seen by others: a draft is its business's work in progress. */
    public boolean isPublished() {
        return status != OfferStatus.DRAFT;
    }

    /** The day it is in Vietnam, where offers' dates are days: a deadline of 15 February ends at midnight there. */
    public static LocalDate today(Clock clock) {
        return OfferRules.today(clock);
    }
}
