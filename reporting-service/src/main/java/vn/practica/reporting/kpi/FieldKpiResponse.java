package vn.practica.reporting.kpi;

import java.time.Instant;

/** Field KPIs for the State, with how fresh the projection is. */
public record FieldKpiResponse(long activeFields, long retiredFields, long eventsApplied, Instant lastEventAppliedAt) {
    static FieldKpiResponse of(FieldKpis kpis) {
        return new FieldKpiResponse(
                kpis.activeFields(), kpis.retiredFields(), kpis.eventsApplied(), kpis.lastEventAppliedAt());
    }
}
