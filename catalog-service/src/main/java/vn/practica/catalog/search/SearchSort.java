package vn.practica.catalog.search;

/** Orders of a catalog search; every order ends with the row id so pages never overlap or skip a row. */
public enum SearchSort {
    /** pg_trgm word similarity of the folded query, best first; alphabetical when there is no query. */
    RELEVANCE,
    /** Title, programme name or item code in Vietnamese alphabetical order (ICU collation {@code vi-x-icu}). */
    ALPHABETICAL,
    /** Most recently changed first. */
    UPDATED
}
