package vn.practica.reporting.targets;

import java.time.Instant;
import java.util.UUID;

/** A target the State set: by {@code key.year()}, {@code key.kpi()} reaches {@code target}. */
public record Target(UUID id, TargetKey key, long target, long version, Instant updatedAt) {}
