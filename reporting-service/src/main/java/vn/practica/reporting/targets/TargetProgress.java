package vn.practica.reporting.targets;

import java.time.LocalDate;
import java.util.List;

/** A year's targets with how far the caller's slice is towards each, as of a day (Vietnam time). */
public record TargetProgress(int year, LocalDate asOf, int minimumCellSize, List<Row> rows) {

    /**
     * One target's progress. {@code actual} is null when suppressed (fewer than k students, or the complement of
     * such a cell) or when the KPI has no value in the slice (offers in a school's); then so is everything
     * derived from it. {@code population} is the province's, or the country's when every province has one.
     */
    public record Row(
            Target target,
            Long actual,
            boolean suppressed,
            Double percentAchieved,
            Long projectedYearEnd,
            Double projectedPercent,
            Long population,
            Double actualPer10000Population,
            Double targetPer10000Population) {}
}
