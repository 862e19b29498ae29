package vn.practica.reporting.placementkpi;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** {@code practica.reporting.kpi.*}: bounds of one KPI table. */
@ConfigMapping(prefix = "practica.reporting.kpi")
public interface PlacementKpiConfig {
    /**
     * Most rows (totals included) one table may have; a larger one is refused with {@code kpi-table-too-large}, so
     * one request never holds a whole national history split by school and business in memory.
     */
    @WithDefault("20000")
    @Min(1)
    @Max(1_000_000)
    int maxRows();
}
