package vn.practica.reporting.placementkpi;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;

/**
 * The periods KPIs are counted by, in Vietnam time: an event belongs to the month, quarter or year in which it
 * happened there.
 */
public enum KpiPeriod {
    MONTH,
    QUARTER,
    YEAR;

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The first day of the period holding {@code day}. */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** The last day of the period holding {@code day}. */
    public LocalDate end(LocalDate day) {
        LocalDate start = start(day);
        return switch (this) {
            case MONTH -> start.plusMonths(1).minusDays(1);
            case QUARTER -> start.plusMonths(3).minusDays(1);
            case YEAR -> start.plusYears(1).minusDays(1);
        };
    }

    /** {@code 2027-03}, {@code 2027-Q1} or {@code 2027}. */
    public String label(LocalDate start) {
        return switch (this) {
            case MONTH -> String.format("%04d-%02d", start.getYear(), start.getMonthValue());
            case QUARTER -> start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> String.valueOf(start.getYear());
        };
    }

    /** The {@code date_trunc} unit; a constant, so it may be written into SQL. */
    String sqlUnit() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
