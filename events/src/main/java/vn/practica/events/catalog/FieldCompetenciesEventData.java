package vn.practica.events.catalog;

import java.util.List;

/**
 * Data of {@code field.competencies-changed.v1}: the complete set of competency items a field needs, so a
 * consumer replaces its copy instead of applying a diff.
 *
 * @param competencyItemIds CASE identifiers, sorted
 */
public record FieldCompetenciesEventData(String fieldCode, List<String> competencyItemIds) {}
