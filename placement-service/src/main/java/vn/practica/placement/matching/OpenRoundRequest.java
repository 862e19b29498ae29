package vn.practica.placement.matching;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.placement.offer.OfferLimits;

/** Body of {@code POST /api/v1/matching-rounds}: the round's offers, its deadline and its cap on choices. */
@Schema(name = "OpenRoundRequest", description = "A matching round to open")
public record OpenRoundRequest(
        @NotBlank @Size(max = RoundLimits.NAME) String name,

        @Schema(description = "The term it fills, e.g. 2027-S1", example = "2027-S1")
        @NotNull
        @Size(max = RoundLimits.TERM)
        @Pattern(regexp = RoundLimits.TERM_PATTERN, message = RoundLimits.TERM_MESSAGE)
        String term,

        @Schema(description = "The round holds the open offers whose work starts on this day or later") @NotNull
        LocalDate startsFrom,

        @Schema(description = "... and on this day or earlier") @NotNull
        LocalDate startsUntil,

        @Schema(description = "Only offers of this field")
        @Size(max = OfferLimits.CODE)
        @Pattern(regexp = OfferLimits.CODE_PATTERN, message = OfferLimits.CODE_MESSAGE)
        String fieldCode,

        @Schema(description = "Only offers in this province")
        @Size(max = OfferLimits.PROVINCE_CODE)
        @Pattern(regexp = OfferLimits.PROVINCE_CODE_PATTERN, message = OfferLimits.PROVINCE_CODE_MESSAGE)
        String provinceCode,

        @Schema(description = "Students rank until this instant; in the future, before 2101") @NotNull
        Instant preferenceDeadline,

        @Schema(description = "Most offers a student may rank (default 10)") @Min(1) @Max(RoundLimits.MAX_CHOICE_CAP)
        Integer choiceCap,

        @Schema(
                description = "A school's round only: the schools it invites to take part; each takes part"
                        + " once it joins (POST .../schools/{schoolId}/join)",
                maxItems = RoundLimits.MAX_PARTNER_SCHOOLS)
        @Size(max = RoundLimits.MAX_PARTNER_SCHOOLS)
        List<@NotNull UUID> partnerSchoolIds) {

    RoundDefinition definition() {
        return new RoundDefinition(
                name.strip(),
                term,
                startsFrom,
                startsUntil,
                fieldCode,
                provinceCode,
                preferenceDeadline,
                choiceCap == null ? RoundLimits.DEFAULT_CHOICE_CAP : choiceCap,
                partnerSchoolIds == null ? List.of() : List.copyOf(partnerSchoolIds));
    }
}
