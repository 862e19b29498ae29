package vn.practica.reporting.placementkpi;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One cell of a KPI table as SQL counts it: its period, its value per dimension (null when the dimension is not
 * grouped, or totalled over, or the province of remote work), which grouped dimensions it totals over, and raw
 * counts. {@code daysToPlacement} holds one entry per placed application; {@code students} is the number of
 * distinct students the cell describes, which decides suppression.
 */
public record KpiCounts(
        LocalDate periodStart,
        String fieldCode,
        String provinceCode,
        UUID schoolId,
        UUID businessId,
        int totalledMask,
        long offersPublished,
        long seatsOffered,
        long filledSeats,
        long applications,
        long activeApplicants,
        long placedApplicants,
        long applicationWithdrawals,
        long placementWithdrawals,
        long terminations,
        long participatingBusinesses,
        long newBusinesses,
        long participatingSchools,
        long newSchools,
        double[] daysToPlacement,
        long students) {

    /** Whether this cell totals over {@code dimension} (bit {@code ordinal} of the mask). */
    public boolean totalsOver(KpiDimension dimension) {
        return (totalledMask >> dimension.ordinal() & 1) == 1;
    }

    /** The cell's value of a grouped dimension, as an object for keys. */
    Object value(KpiDimension dimension) {
        return switch (dimension) {
            case FIELD -> fieldCode;
            case PROVINCE -> provinceCode;
            case SCHOOL -> schoolId;
            case BUSINESS -> businessId;
        };
    }
}
