package vn.practica.placement.offer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An offer as a schema.org {@code JobPosting} in JSON-LD, for job boards and search engines: the members Google's
 * job posting guidelines read, absent ones left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "JobPosting", description = "The offer as a schema.org JobPosting (JSON-LD)")
public record JobPosting(
        @JsonProperty("@context") @Schema(enumeration = CONTEXT)
        String context,

        @JsonProperty("@type") @Schema(enumeration = "JobPosting")
        String type,

        Identifier identifier,
        @Schema(maxLength = OfferLimits.TITLE) String title,
        @Schema(maxLength = OfferLimits.DESCRIPTION) String description,

        @Schema(description = "The day the offer opened; absent for a draft")
        LocalDate datePosted,

        @Schema(description = "The last day applications are taken")
        LocalDate validThrough,

        @Schema(
                enumeration = {"INTERN", "TEMPORARY", "OTHER"},
                description = "INTERN for internships, TEMPORARY for real projects, OTHER for expert teaching and"
                        + " resources")
        String employmentType,

        HiringOrganization hiringOrganization,

        @Schema(description = "Where onsite and hybrid work is done")
        Place jobLocation,

        @Schema(enumeration = TELECOMMUTE, description = "For remote and hybrid work")
        String jobLocationType,

        @Schema(description = "For remote and hybrid work: applicants in Vietnam")
        Country applicantLocationRequirements,

        @Schema(minimum = "" + OfferLimits.MIN_SEATS, maximum = "" + OfferLimits.MAX_SEATS)
        int totalJobOpenings,

        @Schema(description = "The monthly stipend; absent when none is offered")
        Salary baseSalary,

        @Schema(maxLength = OfferLimits.CODE, description = "The field of practical work (its code)")
        String occupationalCategory,

        LocalDate jobStartDate) {
    static final String CONTEXT = "https://schema.org";
    static final String TELECOMMUTE = "TELECOMMUTE";
    /** Lengths of the fixed words below. */
    private static final int WORD = 32;

    /** The offer's id in this platform. */
    @Schema(name = "JobPostingIdentifier")
    public record Identifier(
            @JsonProperty("@type") @Schema(enumeration = "PropertyValue")
            String type,

            @Schema(maxLength = WORD) String name,
            UUID value) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "JobPostingOrganization")
    public record HiringOrganization(
            @JsonProperty("@type") @Schema(enumeration = "Organization")
            String type,

            @Schema(maxLength = PostedOfferResponse.BUSINESS_NAME, description = "Absent until catalog announced it")
            String name,

            UUID identifier) {}

    @Schema(name = "JobPostingPlace")
    public record Place(
            @JsonProperty("@type") @Schema(enumeration = "Place")
            String type,

            Address address) {}

    @Schema(name = "JobPostingAddress")
    public record Address(
            @JsonProperty("@type") @Schema(enumeration = "PostalAddress")
            String type,

            @Schema(maxLength = OfferLimits.PROVINCE_CODE, description = "The province code")
            String addressRegion,

            @Schema(enumeration = "VN") String addressCountry) {}

    @Schema(name = "JobPostingCountry")
    public record Country(
            @JsonProperty("@type") @Schema(enumeration = "Country")
            String type,

            @Schema(enumeration = "VN") String name) {}

    @Schema(name = "JobPostingSalary")
    public record Salary(
            @JsonProperty("@type") @Schema(enumeration = "MonetaryAmount")
            String type,

            @Schema(enumeration = "VND") String currency,
            SalaryValue value) {}

    @Schema(name = "JobPostingSalaryValue")
    public record SalaryValue(
            @JsonProperty("@type") @Schema(enumeration = "QuantitativeValue")
            String type,

            @Schema(minimum = "0", maximum = "" + OfferLimits.MAX_STIPEND_VND)
            long value,

            @Schema(enumeration = "MONTH") String unitText) {}
}
