package vn.practica.reporting.placementkpi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One KPI table to compute: split by {@code groupBy} (canonical order) and by period, over the whole periods from
 * {@code from} to {@code to} (the first and last day of a period), narrowed by the filters present.
 */
public record PlacementKpiQuery(
        List<KpiDimension> groupBy,
        KpiPeriod period,
        LocalDate from,
        LocalDate to,
        Optional<String> fieldCode,
        Optional<String> provinceCode,
        Optional<UUID> schoolId,
        Optional<UUID> businessId) {

    public PlacementKpiQuery {
        groupBy = groupBy.stream().sorted().distinct().toList();
    }

    /** Offers belong to no school: a table for one school has no offer side. */
    boolean offerSide() {
        return schoolId.isEmpty();
    }
}
