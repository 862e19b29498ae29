package vn.practica.reporting.targets;

import java.util.Optional;

/** A target's natural key: year, KPI, and a field and a province, each empty for "all". */
public record TargetKey(int year, TargetKpi kpi, Optional<String> fieldCode, Optional<String> provinceCode) {}
