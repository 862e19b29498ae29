package vn.practica.placement.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.placement.offer.OfferLimits;
import vn.practica.placement.offer.WorkMode;

/** Body of {@code PATCH /api/v1/placements/{placementId}/agreement}: what to change; an absent member stays. */
@Schema(
        name = "ReviseAgreementRequest",
        description = "What to change in the agreement; an absent member stays as it is. The school alone names"
                + " schoolSupervisor and adds objectives, the business alone names businessMentor.")
public record ReviseAgreementRequest(
        @Schema(description = "First day of the work; not in the past")
        LocalDate startDate,

        @Schema(description = "Last day of the work; not before startDate")
        LocalDate endDate,

        @Schema(description = "Hours of work a week") @Min(1) @Max(AgreementLimits.MAX_WEEKLY_HOURS)
        Integer weeklyHours,

        @Schema(description = "Hours of work in all; within the cooperation model's bounds")
        @Min(1)
        @Max(AgreementLimits.MAX_TOTAL_HOURS)
        Integer totalHours,

        @Schema(description = "A work mode without provinceCode keeps the province; REMOTE has none")
        WorkMode workMode,

        @Schema(description = "Where the work is done, for ONSITE and HYBRID work")
        @Size(max = OfferLimits.PROVINCE_CODE)
        @Pattern(regexp = OfferLimits.PROVINCE_CODE_PATTERN, message = OfferLimits.PROVINCE_CODE_MESSAGE)
        String provinceCode,

        @Schema(description = "The school's supervisor (the school alone)") @Valid
        PersonRequest schoolSupervisor,

        @Schema(description = "The business's mentor, one of the offer's mentorSubjects (the business alone)") @Valid
        PersonRequest businessMentor,

        @Schema(
                description = "Competency items the student's programme teaches, added to the offer's as learning"
                        + " objectives (the school alone); replaces the school's earlier additions, [] removes them")
        @Size(max = AgreementLimits.MAX_ADDED_ITEMS)
        List<@NotNull UUID> addedObjectiveItemIds) {

    /** A rule, not a member of the body. */
    @AssertTrue(message = "give at least one member to change")
    @Schema(hidden = true)
    public boolean isChangeGiven() {
        return startDate != null
                || endDate != null
                || weeklyHours != null
                || totalHours != null
                || workMode != null
                || provinceCode != null
                || schoolSupervisor != null
                || businessMentor != null
                || addedObjectiveItemIds != null;
    }

    AgreementEdit edit() {
        return new AgreementEdit(
                startDate,
                endDate,
                weeklyHours,
                totalHours,
                workMode,
                provinceCode,
                schoolSupervisor == null ? null : schoolSupervisor.person(),
                businessMentor == null ? null : businessMentor.person(),
                addedObjectiveItemIds);
    }
}
