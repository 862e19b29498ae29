package vn.practica.reporting.placementkpi;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One row of a placement KPI table: its period, its dimension values, the grouped dimensions it totals over,
 * and the KPIs (docs/kpis.md). A null KPI is suppressed ({@code suppressed}), not applicable to the row (the
 * offer side in a row of one school), or a rate without a denominator.
 */
public record PlacementKpiRow(
        String period,
        LocalDate periodStart,
        String fieldCode,
        String provinceCode,
        UUID schoolId,
        UUID businessId,
        List<KpiDimension> totalOver,
        boolean suppressed,
        Long offersPublished,
        Long seatsOffered,
        Long filledSeats,
        Double fillRate,
        Long applications,
        Long activeApplicants,
        Long placedApplicants,
        Double placementRate,
        Long unmetDemand,
        Double medianDaysToPlacement,
        Long applicationWithdrawals,
        Long placementWithdrawals,
        Long terminations,
        Long participatingBusinesses,
        Long newBusinesses,
        Long repeatBusinesses,
        Long participatingSchools,
        Long newSchools,
        Long repeatSchools) {}
