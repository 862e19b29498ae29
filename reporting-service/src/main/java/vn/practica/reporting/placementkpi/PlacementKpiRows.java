package vn.practica.reporting.placementkpi;

import java.util.List;

/** Turns counted cells into KPI rows: the maths, what does not apply to a row, and suppression. */
final class PlacementKpiRows {
    private PlacementKpiRows() {}

    static PlacementKpiRow of(PlacementKpiQuery query, KpiCounts c, boolean suppressed) {
        boolean offers = query.offerSide()
                && (!query.groupBy().contains(KpiDimension.SCHOOL) || c.totalsOver(KpiDimension.SCHOOL));
        boolean students = !suppressed;
        List<KpiDimension> totalOver =
                query.groupBy().stream().filter(c::totalsOver).toList();
        return new PlacementKpiRow(
                query.period().label(c.periodStart()),
                c.periodStart(),
                c.fieldCode(),
                c.provinceCode(),
                c.schoolId(),
                c.businessId(),
                totalOver,
                suppressed,
                when(offers, c.offersPublished()),
                when(offers, c.seatsOffered()),
                when(students, c.filledSeats()),
                offers && students ? PlacementKpiMath.rate(c.filledSeats(), c.seatsOffered()) : null,
                when(students, c.applications()),
                when(students, c.activeApplicants()),
                when(students, c.placedApplicants()),
                students ? PlacementKpiMath.rate(c.placedApplicants(), c.activeApplicants()) : null,
                when(students, PlacementKpiMath.unmetDemand(c.activeApplicants(), c.placedApplicants())),
                students ? PlacementKpiMath.median(c.daysToPlacement()) : null,
                when(students, c.applicationWithdrawals()),
                when(students, c.placementWithdrawals()),
                when(students, c.terminations()),
                when(offers, c.participatingBusinesses()),
                when(offers, c.newBusinesses()),
                when(offers, PlacementKpiMath.repeat(c.participatingBusinesses(), c.newBusinesses())),
                when(students, c.participatingSchools()),
                when(students, c.newSchools()),
                when(students, PlacementKpiMath.repeat(c.participatingSchools(), c.newSchools())));
    }

    private static Long when(boolean shown, long value) {
        return shown ? value : null;
    }
}
