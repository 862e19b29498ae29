package vn.practica.catalog.search;

import java.util.Optional;
import java.util.UUID;

/** A search over competency items; empty parts match everything. {@code text} is the raw query. */
public record CompetencyItemSearch(
        Optional<String> text,
        Optional<UUID> frameworkId,
        Optional<String> itemType,
        Optional<SearchSort> sort,
        int page,
        int size) {}
