package vn.practica.reporting.kpi;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Field KPIs for the State, with how fresh the projection is. */
@Schema(name = "FieldKpiResponse", description = "Field KPIs and how fresh the projection behind them is")
public record FieldKpiResponse(
        @Schema(minimum = "0", maximum = "" + MAX_FIELDS) long activeFields,
        @Schema(minimum = "0", maximum = "" + MAX_FIELDS) long retiredFields,

        @Schema(minimum = "0", maximum = "9223372036854775807", description = "Catalog field events applied so far")
        long eventsApplied,

        @Schema(description = "When the last catalog event was applied; absent before the first")
        Instant lastEventAppliedAt) {
    /** catalog-service keeps at most this many fields (its FieldService.MAX_FIELDS); they are counted here. */
    static final int MAX_FIELDS = 1000;

    static FieldKpiResponse of(FieldKpis kpis) {
        return new FieldKpiResponse(
                kpis.activeFields(), kpis.retiredFields(), kpis.eventsApplied(), kpis.lastEventAppliedAt());
    }
}
