package vn.practica.placement.logbook;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of a logbook entry's submission or edit: the whole entry. */
@Schema(name = "LogbookEntryRequest", description = "A day's work: when, how long, what, which objectives")
public record LogbookEntryRequest(
        @Schema(description = "The day of the work: within the agreement's dates, not after today (Vietnam time)")
        @NotNull
        LocalDate date,

        @Schema(
                description = "Hours worked, more than 0, at most 24, to the hundredth; a day's entries together"
                        + " at most 24",
                minimum = "0.01",
                maximum = LogbookLimits.MAX_DAY_HOURS)
        @NotNull
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax(LogbookLimits.MAX_DAY_HOURS)
        @Digits(integer = 2, fraction = 2)
        BigDecimal hours,

        @Schema(description = "What was done") @NotBlank @Size(max = LogbookLimits.ACTIVITY)
        String activity,

        @Schema(description = "Competency items practised, among the agreement's learning objectives")
        @NotNull
        @Size(min = 1, max = LogbookLimits.MAX_ITEMS)
        List<@NotNull UUID> competencyItemIds,

        @Schema(description = "Optional link to evidence (a repository, a document): an https URL")
        @Size(max = LogbookLimits.EVIDENCE_URL)
        @Pattern(regexp = LogbookLimits.HTTPS_URL, message = "must be an https URL")
        String evidenceUrl) {

    EntryContent content() {
        // Hours keep two decimals (the column's), items their order without repeats, so equal entries compare equal
        return new EntryContent(
                date,
                hours.setScale(2),
                activity.strip(),
                List.copyOf(new LinkedHashSet<>(competencyItemIds)),
                evidenceUrl);
    }
}
