package vn.practica.catalog.search;

import java.util.List;
import java.util.UUID;

/** A competency item (CASE CFItem) found by search; {@code identifier} is its CASE identifier. */
public record CompetencyItemSearchResult(
        UUID identifier,
        UUID frameworkId,
        String humanCodingScheme,
        String fullStatement,
        String itemType,
        List<String> educationLevel) {}
