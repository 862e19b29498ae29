package vn.practica.reporting.placementkpi;

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

        @Schema(
                description = KpiDefinitions.TOTAL_OVER,
                maxItems = 4,
                enumeration = {"field", "province", "school", "business"})
        List<String> totalOver,

        @Schema(description = KpiDefinitions.SUPPRESSED) boolean suppressed,

        @Schema(description = KpiDefinitions.OFFERS_PUBLISHED, minimum = "0")
        Long offersPublished,

        @Schema(description = KpiDefinitions.SEATS_OFFERED, minimum = "0")
        Long seatsOffered,

        @Schema(description = KpiDefinitions.FILLED_SEATS, minimum = "0")
        Long filledSeats,

        @Schema(description = KpiDefinitions.FILL_RATE, minimum = "0", maximum = "1")
        Double fillRate,

        @Schema(description = KpiDefinitions.APPLICATIONS, minimum = "0")
        Long applications,

        @Schema(description = KpiDefinitions.ACTIVE_APPLICANTS, minimum = "0")
        Long activeApplicants,

        @Schema(description = KpiDefinitions.PLACED_APPLICANTS, minimum = "0")
        Long placedApplicants,

        @Schema(description = KpiDefinitions.PLACEMENT_RATE, minimum = "0", maximum = "1")
        Double placementRate,

        @Schema(description = KpiDefinitions.UNMET_DEMAND, minimum = "0")
        Long unmetDemand,

        @Schema(description = KpiDefinitions.MEDIAN_DAYS, minimum = "0")
        Double medianDaysToPlacement,

        @Schema(description = KpiDefinitions.APPLICATION_WITHDRAWALS, minimum = "0")
        Long applicationWithdrawals,

        @Schema(description = KpiDefinitions.PLACEMENT_WITHDRAWALS, minimum = "0")
        Long placementWithdrawals,

        @Schema(description = KpiDefinitions.TERMINATIONS, minimum = "0")
        Long terminations,

        @Schema(description = KpiDefinitions.PARTICIPATING_BUSINESSES, minimum = "0")
        Long participatingBusinesses,

        @Schema(description = KpiDefinitions.NEW_BUSINESSES, minimum = "0")
        Long newBusinesses,

        @Schema(description = KpiDefinitions.REPEAT_BUSINESSES, minimum = "0")
        Long repeatBusinesses,

        @Schema(description = KpiDefinitions.PARTICIPATING_SCHOOLS, minimum = "0")
        Long participatingSchools,

        @Schema(description = KpiDefinitions.NEW_SCHOOLS, minimum = "0")
        Long newSchools,

        @Schema(description = KpiDefinitions.REPEAT_SCHOOLS, minimum = "0")
        Long repeatSchools) {

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
