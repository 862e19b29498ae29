package vn.practica.catalog.competency;

import java.util.UUID;

/**
 * What one CASE package import did, counted over the document, its items and its associations.
 *
 * @param frameworkCreated true when the framework was new (201), false for a re-import (200)
 */
public record ImportResult(
        UUID frameworkId, boolean frameworkCreated, int created, int updated, int deleted, int unchanged) {}
