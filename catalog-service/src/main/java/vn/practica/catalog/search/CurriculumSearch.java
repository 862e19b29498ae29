package vn.practica.catalog.search;

import java.util.Optional;
import java.util.UUID;

/** A search over courses or programmes; empty parts match everything. {@code text} is the raw query. */
public record CurriculumSearch(
        Optional<String> text,
        Optional<String> fieldCode,
        Optional<String> provinceCode,
        Optional<UUID> schoolId,
        Optional<Integer> level,
        Optional<SearchSort> sort,
        int page,
        int size) {}
