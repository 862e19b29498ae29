package vn.practica.reporting.placementkpi;

import java.util.List;

/** A placement KPI table as computed: the query it answers (whole periods) and its rows, suppression applied. */
public record PlacementKpiTable(PlacementKpiQuery query, int minimumCellSize, List<PlacementKpiRow> rows) {}
