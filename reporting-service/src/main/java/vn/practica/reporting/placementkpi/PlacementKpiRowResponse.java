package vn.practica.reporting.placementkpi;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of a placement KPI table as served; null KPIs are explained by the endpoint's description. */
@Schema(name = "PlacementKpiRow", description = "A period and one combination of dimension values, with its KPIs")
public record PlacementKpiRowResponse(
        @Schema(description = KpiDefinitions.PERIOD, maxLength = 7, example = "2027-Q1")
        String period,

        @Schema(description = "The period's first day") LocalDate periodStart,

        @Schema(description = KpiDefinitions.FIELD, maxLength = 32)
        String field,

        @Schema(description = KpiDefinitions.PROVINCE, maxLength = 8)
        String province,

        @Schema(description = KpiDefinitions.SCHOOL) UUID schoolId,
        @Schema(description = KpiDefinitions.BUSINESS) UUID businessId,

        @Schema(description = KpiDefinitions.TOTAL_OVER, maxItems = 4)
        List<@Size(max = DIMENSION_NAME) String> totalOver,

        @Schema(description = KpiDefinitions.SUPPRESSED) boolean suppressed,

        @Schema(description = KpiDefinitions.OFFERS_PUBLISHED, minimum = "0", maximum = COUNT_MAX)
        Long offersPublished,

        @Schema(description = KpiDefinitions.SEATS_OFFERED, minimum = "0", maximum = COUNT_MAX)
        Long seatsOffered,

        @Schema(description = KpiDefinitions.FILLED_SEATS, minimum = "0", maximum = COUNT_MAX)
        Long filledSeats,

        @Schema(description = KpiDefinitions.FILL_RATE, minimum = "0", maximum = "1")
        Double fillRate,

        @Schema(description = KpiDefinitions.APPLICATIONS, minimum = "0", maximum = COUNT_MAX)
        Long applications,

        @Schema(description = KpiDefinitions.ACTIVE_APPLICANTS, minimum = "0", maximum = COUNT_MAX)
        Long activeApplicants,

        @Schema(description = KpiDefinitions.PLACED_APPLICANTS, minimum = "0", maximum = COUNT_MAX)
        Long placedApplicants,

        @Schema(description = KpiDefinitions.PLACEMENT_RATE, minimum = "0", maximum = "1")
        Double placementRate,

        @Schema(description = KpiDefinitions.UNMET_DEMAND, minimum = "0", maximum = COUNT_MAX)
        Long unmetDemand,

        @Schema(description = KpiDefinitions.MEDIAN_DAYS, minimum = "0", maximum = COUNT_MAX)
        Double medianDaysToPlacement,

        @Schema(description = KpiDefinitions.APPLICATION_WITHDRAWALS, minimum = "0", maximum = COUNT_MAX)
        Long applicationWithdrawals,

        @Schema(description = KpiDefinitions.PLACEMENT_WITHDRAWALS, minimum = "0", maximum = COUNT_MAX)
        Long placementWithdrawals,

        @Schema(description = KpiDefinitions.TERMINATIONS, minimum = "0", maximum = COUNT_MAX)
        Long terminations,

        @Schema(description = KpiDefinitions.PARTICIPATING_BUSINESSES, minimum = "0", maximum = COUNT_MAX)
        Long participatingBusinesses,

        @Schema(description = KpiDefinitions.NEW_BUSINESSES, minimum = "0", maximum = COUNT_MAX)
        Long newBusinesses,

        @Schema(description = KpiDefinitions.REPEAT_BUSINESSES, minimum = "0", maximum = COUNT_MAX)
        Long repeatBusinesses,

        @Schema(description = KpiDefinitions.PARTICIPATING_SCHOOLS, minimum = "0", maximum = COUNT_MAX)
        Long participatingSchools,

        @Schema(description = KpiDefinitions.NEW_SCHOOLS, minimum = "0", maximum = COUNT_MAX)
        Long newSchools,

        @Schema(description = KpiDefinitions.REPEAT_SCHOOLS, minimum = "0", maximum = COUNT_MAX)
        Long repeatSchools) {

    /** A count's bound: a Java long, whatever the programme grows to. */
    static final String COUNT_MAX = "9223372036854775807";

    /** The longest dimension name (province, business). */
    static final int DIMENSION_NAME = 8;

    static PlacementKpiRowResponse of(PlacementKpiRow row) {
        return new PlacementKpiRowResponse(
                row.period(),
                row.periodStart(),
                row.fieldCode(),
                row.provinceCode(),
                row.schoolId(),
                row.businessId(),
                row.totalOver().stream().map(KpiDimension::parameter).toList(),
                row.suppressed(),
                row.offersPublished(),
                row.seatsOffered(),
                row.filledSeats(),
                row.fillRate(),
                row.applications(),
                row.activeApplicants(),
                row.placedApplicants(),
                row.placementRate(),
                row.unmetDemand(),
                row.medianDaysToPlacement(),
                row.applicationWithdrawals(),
                row.placementWithdrawals(),
                row.terminations(),
                row.participatingBusinesses(),
                row.newBusinesses(),
                row.repeatBusinesses(),
                row.participatingSchools(),
                row.newSchools(),
                row.repeatSchools());
    }
}
