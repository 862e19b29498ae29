package vn.practica.catalog.curriculum.oneroster;

/** A line of a bundle file that could not become a row; {@code line} is 1-based, the header being line 1. */
public record LineError(String file, int line, String message) {}
