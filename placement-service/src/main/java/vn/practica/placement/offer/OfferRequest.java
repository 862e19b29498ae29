package vn.practica.placement.offer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An offer as a business's system sends it, in schema.org {@code JobPosting} terms where they fit
 * ({@code title}, {@code description}, {@code totalJobOpenings}, {@code jobStartDate}, {@code validThrough}).
 * The whole offer each time: an absent optional member is none.
 */
@Schema(name = "OfferRequest", description = "An offer, whole; the same offer again changes nothing")
public record OfferRequest(
        @Schema(description = "What the work is") @NotBlank @Size(max = OfferLimits.TITLE)
        String title,

        @Schema(description = "The work, what students learn, how they are mentored; line breaks kept")
        @NotBlank
        @Size(max = OfferLimits.DESCRIPTION)
        String description,

        @Schema(description = "An active field of GET /api/v1/reference/fields")
        @NotNull
        @Size(max = OfferLimits.CODE)
        @Pattern(regexp = OfferLimits.CODE_PATTERN, message = OfferLimits.CODE_MESSAGE)
        String fieldCode,

        @Schema(description = "CASE ids of the competency items the work needs; order and repeats do not matter")
        @Size(max = OfferLimits.MAX_COMPETENCIES)
        List<@NotNull UUID> competencyItemIds,

        @Schema(description = "Seats: how many students (or, for expert teaching and resources, courses) it takes")
        @NotNull
        @Min(OfferLimits.MIN_SEATS)
        @Max(OfferLimits.MAX_SEATS)
        Integer totalJobOpenings,

        @NotNull WorkMode workMode,

        @Schema(
                description = "Where onsite or hybrid work is done: a code of catalog's GET /api/v1/provinces; absent"
                        + " for REMOTE")
        @Size(max = OfferLimits.PROVINCE_CODE)
        @Pattern(regexp = OfferLimits.PROVINCE_CODE_PATTERN, message = OfferLimits.PROVINCE_CODE_MESSAGE)
        String provinceCode,

        @Schema(description = "First day of the work") @NotNull
        LocalDate jobStartDate,

        @Schema(description = "Last day of the work; not before jobStartDate") @NotNull
        LocalDate jobEndDate,

        @Schema(description = "Hours of work over the whole offer; within the cooperation model's bounds")
        @NotNull
        @Min(OfferLimits.MIN_HOURS)
        @Max(OfferLimits.MAX_HOURS)
        Integer expectedHours,

        @Schema(description = "The last day applications are taken (Vietnam time); not after jobStartDate") @NotNull
        LocalDate validThrough,

        @Schema(description = "Monthly stipend in VND; absent when none") @Min(0) @Max(OfferLimits.MAX_STIPEND_VND)
        Long stipendVnd,

        @Schema(description = "Who may apply; absent: any student") @Valid
        OfferEligibilityRequest eligibility,

        @Schema(description = "The sub of the business users who mentor the students; shown to your organization only")
        @Size(max = OfferLimits.MAX_MENTORS)
        List<@NotBlank @Size(max = OfferLimits.MENTOR_SUBJECT) String> mentorSubjects,

        @Schema(description = "Questions each applicant answers, in this order") @Size(max = OfferLimits.MAX_QUESTIONS)
        List<@NotBlank @Size(max = OfferLimits.QUESTION) String> applicantQuestions,

        @Schema(
                description = "The State's cooperation model the offer follows: a code of catalog's"
                        + " GET /api/v1/cooperation-models, ACTIVE when the offer is made")
        @NotNull
        @Size(max = OfferLimits.CODE)
        @Pattern(regexp = OfferLimits.CODE_PATTERN, message = OfferLimits.CODE_MESSAGE)
        String cooperationModelCode,

        @Schema(description = "A kind of contribution the cooperation model covers") @NotNull
        ContributionKind contributionKind) {

    /** Who may apply; each list empty or absent when it does not restrict. */
    @Schema(name = "OfferEligibilityRequest", description = "Who may apply; an absent or empty list does not restrict")
    public record OfferEligibilityRequest(
            @Schema(description = "Directory ids of the schools whose students may apply")
            @Size(max = OfferLimits.MAX_SCHOOLS)
            List<@NotNull UUID> schoolIds,

            @Schema(description = "The schools' sourcedIds of the programmes whose students may apply")
            @Size(max = OfferLimits.MAX_PROGRAMS)
            List<@NotBlank @Size(max = OfferLimits.SOURCED_ID) String> programSourcedIds,

            @Schema(description = "Years of study that may apply, 1 in a programme's first year")
            @Size(max = OfferLimits.MAX_YEAR)
            List<@NotNull @Min(OfferLimits.MIN_YEAR) @Max(OfferLimits.MAX_YEAR) Integer> yearsOfStudy) {}

    /** The content as stored; only for a request that passed validation. */
    OfferContent content() {
        return new OfferContent(
                title,
                description,
                fieldCode,
                competencyItemIds,
                totalJobOpenings,
                workMode,
                provinceCode,
                jobStartDate,
                jobEndDate,
                expectedHours,
                validThrough,
                stipendVnd,
                eligibility == null
                        ? OfferEligibility.ANYONE
                        : new OfferEligibility(
                                eligibility.schoolIds(), eligibility.programSourcedIds(), eligibility.yearsOfStudy()),
                mentorSubjects,
                applicantQuestions,
                cooperationModelCode,
                contributionKind);
    }
}
