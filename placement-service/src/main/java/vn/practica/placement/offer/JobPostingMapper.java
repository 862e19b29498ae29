package vn.practica.placement.offer;

import java.time.LocalDate;
import java.util.Map;

/** Maps an offer to its schema.org {@code JobPosting}, the JSON-LD served for {@code application/ld+json}. */
final class JobPostingMapper {
    static final String MEDIA_TYPE = "application/ld+json";

    private static final Map<ContributionKind, String> EMPLOYMENT_TYPES = Map.of(
            ContributionKind.INTERNSHIP, "INTERN",
            ContributionKind.REAL_PROJECT, "TEMPORARY",
            ContributionKind.EXPERT_TEACHING, "OTHER",
            ContributionKind.RESOURCE, "OTHER");
    private static final String COUNTRY = "VN";

    private JobPostingMapper() {}

    static JobPosting of(PostedOffer posted) {
        Offer offer = posted.offer();
        OfferContent c = offer.content();
        boolean remote = c.workMode() != WorkMode.ONSITE;
        return new JobPosting(
                JobPosting.CONTEXT,
                "JobPosting",
                new JobPosting.Identifier("PropertyValue", "practica", offer.id()),
                c.title(),
                c.description(),
                datePosted(offer),
                c.validThrough(),
                EMPLOYMENT_TYPES.get(c.contributionKind()),
                new JobPosting.HiringOrganization("Organization", posted.businessName(), offer.businessId()),
                c.workMode().hasPlace()
                        ? new JobPosting.Place(
                                "Place", new JobPosting.Address("PostalAddress", c.provinceCode(), COUNTRY))
                        : null,
                remote ? JobPosting.TELECOMMUTE : null,
                remote ? new JobPosting.Country("Country", COUNTRY) : null,
                c.seats(),
                c.stipendVnd() == null
                        ? null
                        : new JobPosting.Salary(
                                "MonetaryAmount",
                                "VND",
                                new JobPosting.SalaryValue("QuantitativeValue", c.stipendVnd(), "MONTH")),
                c.fieldCode(),
                c.jobStartDate());
    }

    /** The day the offer opened, in Vietnam, where its dates are days. */
    private static LocalDate datePosted(Offer offer) {
        return offer.publishedAt() == null
                ? null
                : offer.publishedAt().atZone(OfferRules.ZONE).toLocalDate();
    }
}
