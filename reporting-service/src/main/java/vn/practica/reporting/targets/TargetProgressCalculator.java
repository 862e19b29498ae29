package vn.practica.reporting.targets;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import vn.practica.reporting.placementkpi.KpiDimension;
import vn.practica.reporting.placementkpi.KpiPeriod;
import vn.practica.reporting.placementkpi.KpiSlice;
import vn.practica.reporting.placementkpi.PlacementKpiQuery;
import vn.practica.reporting.placementkpi.PlacementKpiRow;
import vn.practica.reporting.placementkpi.PlacementKpiService;
import vn.practica.reporting.placementkpi.PlacementKpiTable;
import vn.practica.reporting.province.Province;
import vn.practica.reporting.province.ProvinceService;

/**
 * Measures targets against the year's KPI table by field × province with all its totals: the very table
 * {@code GET /api/v1/kpis/placements?groupBy=field,province&period=year} serves, suppressed as a whole. A target
 * picks one of its cells, so what it shows is a part of a table that is safe to publish whole; no combination of
 * targets can recompute a suppressed cell that the table itself would not give away.
 */
@ApplicationScoped
class TargetProgressCalculator {
    /** Stands for a dimension's total in the cell index; codes are capital letters, never this. */
    private static final String ALL = "*";

    private final PlacementKpiService kpis;
    private final ProvinceService provinces;

    TargetProgressCalculator(PlacementKpiService kpis, ProvinceService provinces) {
        this.kpis = kpis;
        this.provinces = provinces;
    }

    TargetProgress of(int year, List<Target> targets, KpiSlice slice, LocalDate today) {
        LocalDate first = LocalDate.of(year, 1, 1);
        PlacementKpiQuery query = new PlacementKpiQuery(
                List.of(KpiDimension.FIELD, KpiDimension.PROVINCE),
                KpiPeriod.YEAR,
                first,
                first.plusYears(1).minusDays(1),
                Optional.empty(),
                Optional.empty(),
                slice.schoolId(),
                slice.businessId());
        PlacementKpiTable table = targets.isEmpty() ? null : kpis.placementKpis(query);
        Map<String, PlacementKpiRow> cells = new HashMap<>();
        if (table != null) {
            table.rows().forEach(row -> cells.put(cell(row), row));
        }
        Populations populations = new Populations(provinces.provinces());
        List<TargetProgress.Row> rows = targets.stream()
                .map(target -> row(target, cells, slice, populations, today))
                .toList();
        return new TargetProgress(year, today, table == null ? 0 : table.minimumCellSize(), rows);
    }

    private static TargetProgress.Row row(
            Target target,
            Map<String, PlacementKpiRow> cells,
            KpiSlice slice,
            Populations populations,
            LocalDate today) {
        TargetKey key = target.key();
        PlacementKpiRow cell =
                cells.get(key.fieldCode().orElse(ALL) + "|" + key.provinceCode().orElse(ALL));
        boolean suppressed = cell != null && cell.suppressed();
        Long actual;
        if (key.kpi().offerSide() && slice.schoolId().isPresent()) {
            actual = null;
        } else if (cell == null) {
            // No fact at all in this cell: zero describes no one
            actual = 0L;
        } else {
            actual = key.kpi().of(cell);
        }
        OptionalLong population = populations.of(key.provinceCode());
        Long pop = population.isPresent() ? population.getAsLong() : null;
        Double targetPer10000 = pop == null ? null : TargetProjection.per10000(target.target(), pop);
        if (actual == null) {
            return new TargetProgress.Row(target, null, suppressed, null, null, null, pop, null, targetPer10000);
        }
        OptionalLong projected = TargetProjection.yearEnd(actual, key.year(), today);
        Long projection = projected.isPresent() ? projected.getAsLong() : null;
        return new TargetProgress.Row(
                target,
                actual,
                false,
                boxed(TargetProjection.percent(actual, target.target())),
                projection,
                projection == null ? null : boxed(TargetProjection.percent(projection, target.target())),
                pop,
                pop == null ? null : TargetProjection.per10000(actual, pop),
                targetPer10000);
    }

    /** A row's place in the index: its field and province, {@code *} where it totals over one. */
    private static String cell(PlacementKpiRow row) {
        String field = row.totalOver().contains(KpiDimension.FIELD) ? ALL : String.valueOf(row.fieldCode());
        String province = row.totalOver().contains(KpiDimension.PROVINCE) ? ALL : String.valueOf(row.provinceCode());
        return field + "|" + province;
    }

    private static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    /** Each province's population; the country's is their sum, known only when every province's is. */
    private static final class Populations {
        private final Map<String, Long> byProvince = new HashMap<>();
        private final OptionalLong national;

        Populations(List<Province> provinces) {
            long sum = 0;
            boolean complete = !provinces.isEmpty();
            for (Province province : provinces) {
                if (province.population().isPresent()) {
                    byProvince.put(province.code(), province.population().getAsLong());
                    sum += province.population().getAsLong();
                } else {
                    complete = false;
                }
            }
            national = complete ? OptionalLong.of(sum) : OptionalLong.empty();
        }

        OptionalLong of(Optional<String> province) {
            if (province.isEmpty()) {
                return national;
            }
            Long population = byProvince.get(province.get());
            return population == null ? OptionalLong.empty() : OptionalLong.of(population);
        }
    }
}
