package vn.practica.reporting.placementkpi;

import java.util.Arrays;

/** The arithmetic of the placement KPIs (docs/kpis.md), apart from the counting SQL does: plain Java. */
public final class PlacementKpiMath {
    /** Rates are given to four decimals (0.6667), days to one (12.5). */
    static final double RATE_SCALE = 10_000;

    static final double DAYS_SCALE = 10;

    private PlacementKpiMath() {}

    /** {@code part / whole} to four decimals; null when there is no whole to divide by. */
    public static Double rate(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return Math.round(part * RATE_SCALE / whole) / RATE_SCALE;
    }

    /**
     * The median of {@code values} to one decimal (the mean of the two middle values for an even count); null for
     * none. The caller's array is left as it is.
     */
    public static Double median(double[] values) {
        if (values.length == 0) {
            return null;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return Math.round(median * DAYS_SCALE) / DAYS_SCALE;
    }

    /** Active applicants never placed. */
    public static long unmetDemand(long activeApplicants, long placedApplicants) {
        return Math.max(0, activeApplicants - placedApplicants);
    }

    /** Participants who had taken part in an earlier period: all but the new ones. */
    public static long repeat(long participating, long newcomers) {
        return Math.max(0, participating - newcomers);
    }
}
