package vn.practica.reporting.placementkpi;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.practica.reporting.privacy.PrivacyConfig;

/** A placement KPI table as served in JSON. */
@Schema(
        name = "PlacementKpiTable",
        description = "Placement KPIs by period and the groupBy dimensions, totals included")
public record PlacementKpiTableResponse(
        @Schema(
                description = "month, quarter or year",
                enumeration = {"month", "quarter", "year"})
        String period,

        @Schema(description = "The first day of the first period counted")
        LocalDate from,

        @Schema(description = "The last day of the last period counted")
        LocalDate to,

        @Schema(description = "The dimensions rows are split by", maxItems = 4)
        List<@Size(max = PlacementKpiRowResponse.DIMENSION_NAME) String> groupBy,

        @Schema(
                description = "k: rows describing fewer distinct students (but at least one) are suppressed",
                minimum = "2",
                maximum = "" + PrivacyConfig.MAX_MINIMUM_CELL_SIZE)
        int minimumCellSize,

        @Schema(maxItems = 1_000_000) List<PlacementKpiRowResponse> rows) {

    static PlacementKpiTableResponse of(PlacementKpiTable table) {
        PlacementKpiQuery query = table.query();
        return new PlacementKpiTableResponse(
                query.period().name().toLowerCase(java.util.Locale.ROOT),
                query.from(),
                query.to(),
                query.groupBy().stream().map(KpiDimension::parameter).toList(),
                table.minimumCellSize(),
                table.rows().stream().map(PlacementKpiRowResponse::of).toList());
    }
}
