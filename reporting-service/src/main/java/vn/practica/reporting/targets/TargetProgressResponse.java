package vn.practica.reporting.targets;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code GET /api/v1/targets/progress}. */
@Schema(
        name = "TargetProgressResponse",
        description = "A year's targets, actuals of the caller's slice and projections")
public record TargetProgressResponse(
        @Schema(minimum = "2000", maximum = "2100") int year,

        @Schema(description = "The day (Vietnam time) the actuals and projections are as of")
        LocalDate asOf,

        @Schema(minimum = "0", maximum = "1000000", description = "k: actuals describing 1 to k-1 students are null")
        int minimumCellSize,

        @Schema(maxItems = TargetService.MAX_TARGETS_PER_YEAR)
        List<Row> rows) {

    /** One target's progress; see docs/kpis.md, Targets. */
    @Schema(name = "TargetProgressRow")
    public record Row(
            TargetResponse target,

            @Schema(
                    nullable = true,
                    minimum = "0",
                    maximum = "1000000000",
                    description = "Null when suppressed"
                            + " or when the KPI has no value in the caller's slice (offers in a school's)")
            Long actual,

            boolean suppressed,

            @Schema(nullable = true, minimum = "0", maximum = "1000000000", description = "actual ÷ target × 100")
            Double percentAchieved,

            @Schema(
                    nullable = true,
                    minimum = "0",
                    maximum = "1000000000",
                    description = "Linear run-rate to 31 December; null for a year not begun")
            Long projectedYearEnd,

            @Schema(nullable = true, minimum = "0", maximum = "1000000000")
            Double projectedPercent,

            @Schema(
                    nullable = true,
                    minimum = "1",
                    maximum = "10000000000",
                    description = "The province's population, or the country's when every province has one")
            Long population,

            @Schema(nullable = true, minimum = "0", maximum = "1000000000")
            Double actualPer10000Population,

            @Schema(nullable = true, minimum = "0", maximum = "1000000000")
            Double targetPer10000Population) {

        static Row of(TargetProgress.Row row) {
            return new Row(
                    TargetResponse.of(row.target()),
                    row.actual(),
                    row.suppressed(),
                    row.percentAchieved(),
                    row.projectedYearEnd(),
                    row.projectedPercent(),
                    row.population(),
                    row.actualPer10000Population(),
                    row.targetPer10000Population());
        }
    }

    static TargetProgressResponse of(TargetProgress progress) {
        return new TargetProgressResponse(
                progress.year(),
                progress.asOf(),
                progress.minimumCellSize(),
                progress.rows().stream().map(Row::of).toList());
    }
}
