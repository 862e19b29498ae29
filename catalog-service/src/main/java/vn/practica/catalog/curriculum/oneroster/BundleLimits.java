package vn.practica.catalog.curriculum.oneroster;

/** Caps that keep a bundle, and a zip bomb disguised as one, from exhausting memory or CPU. */
public record BundleLimits(long maxCompressedBytes, long maxUncompressedBytes, int maxEntries) {}
