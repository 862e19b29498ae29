package vn.practica.reporting.kpi;

import java.time.Instant;

/**
 * Field KPIs and the freshness of the projection behind them.
 *
 * @param eventsApplied catalog field events applied so far, each exactly once
 * @param lastEventAppliedAt when the last catalog event was applied; null before the first
 */
public record FieldKpis(long activeFields, long retiredFields, long eventsApplied, Instant lastEventAppliedAt) {}
