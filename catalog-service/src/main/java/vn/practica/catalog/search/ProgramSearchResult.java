package vn.practica.catalog.search;

import java.util.UUID;

/** A programme found by search. */
public record ProgramSearchResult(
        UUID id, UUID schoolId, String schoolName, String fieldCode, int level, String nameVi, String nameEn) {}
