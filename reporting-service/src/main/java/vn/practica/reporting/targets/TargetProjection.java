package vn.practica.reporting.targets;

import java.time.LocalDate;
import java.time.Year;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Where a yearly count will end, from what it is today: a linear run-rate from the year's start (docs/kpis.md,
 * Targets). A year that is over ends where it is; a year not begun has no projection.
 */
public final class TargetProjection {
    private TargetProjection() {}

    /** {@code actual × days in the year ÷ days elapsed (today included)}, rounded to the nearest whole. */
    public static OptionalLong yearEnd(long actual, int year, LocalDate today) {
        if (today.getYear() > year) {
            return OptionalLong.of(actual);
        }
        if (today.getYear() < year) {
            return OptionalLong.empty();
        }
        int days = Year.of(year).length();
        int elapsed = today.getDayOfYear();
        return OptionalLong.of(Math.round((double) actual * days / elapsed));
    }

    /** Percent of the target reached, one decimal; empty for a target of zero (no ratio). */
    public static OptionalDouble percent(long actual, long target) {
        if (target == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.round(actual * 1000.0 / target) / 10.0);
    }

    /** Per 10,000 inhabitants, two decimals. */
    public static double per10000(long count, long population) {
        return Math.round(count * 1_000_000.0 / population) / 100.0;
    }
}
