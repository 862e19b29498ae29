package vn.practica.reporting.targets;

import java.time.LocalDate;
import vn.practica.platform.problem.DomainException;
import vn.practica.reporting.placementkpi.KpiPeriod;

/** The years a target may be for: those the programme can have data for. */
final class TargetYears {
    private TargetYears() {}

    /** Four digits, already checked by the pattern; out of range is an invalid-request naming the parameter. */
    static int parse(String parameter, String text) {
        int year = Integer.parseInt(text);
        if (year < TargetService.FIRST_YEAR || year > TargetService.LAST_YEAR) {
            throw DomainException.invalid(
                    parameter, "must be a year from " + TargetService.FIRST_YEAR + " to " + TargetService.LAST_YEAR);
        }
        return year;
    }

    static int current() {
        return LocalDate.now(KpiPeriod.VIETNAM).getYear();
    }
}
