package vn.practica.placement.offer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.practica.platform.problem.Problem.FieldError;

/**
 * The rules an offer's content keeps across its members, and those it must meet to open, named by member as
 * the business sent it ({@code jobEndDate}, {@code validThrough}). Plain Java: bounds of single members are
 * the request's validation, names known elsewhere (fields, competencies, models) the services'.
 */
final class OfferRules {
    /** Dates of offers are days in Vietnam: a deadline of 15 February ends at midnight there. */
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private OfferRules() {}

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** What is wrong with the content whatever the offer's state; empty when it holds together. */
    static List<FieldError> contentProblems(OfferContent c) {
        List<FieldError> problems = new ArrayList<>();
        dateProblem("jobStartDate", c.jobStartDate(), problems);
        dateProblem("jobEndDate", c.jobEndDate(), problems);
        dateProblem("validThrough", c.validThrough(), problems);
        if (c.jobEndDate().isBefore(c.jobStartDate())) {
            problems.add(new FieldError("jobEndDate", "must not be before jobStartDate " + c.jobStartDate()));
        }
        if (c.validThrough().isAfter(c.jobStartDate())) {
            problems.add(new FieldError(
                    "validThrough", "must not be after jobStartDate " + c.jobStartDate() + ": apply before it starts"));
        }
        if (c.workMode().hasPlace() && c.provinceCode() == null) {
            problems.add(new FieldError("provinceCode", "is required for " + c.workMode() + " work"));
        }
        if (!c.workMode().hasPlace() && c.provinceCode() != null) {
            problems.add(new FieldError("provinceCode", "must be absent for REMOTE work"));
        }
        return problems;
    }

    /**
     * What stands between the content and opening on {@code today}: applications must still be possible
     * before the deadline and the start.
     */
    static List<FieldError> openingProblems(OfferContent c, LocalDate today) {
        List<FieldError> problems = new ArrayList<>();
        if (c.jobStartDate().isBefore(today)) {
            problems.add(new FieldError("jobStartDate", c.jobStartDate() + " is in the past"));
        }
        if (c.validThrough().isBefore(today)) {
            problems.add(new FieldError("validThrough", c.validThrough() + " is in the past"));
        }
        return problems;
    }

    private static void dateProblem(String member, LocalDate date, List<FieldError> problems) {
        if (date.isBefore(OfferLimits.EARLIEST_DATE) || date.isAfter(OfferLimits.LATEST_DATE)) {
            problems.add(new FieldError(
                    member, "must be between " + OfferLimits.EARLIEST_DATE + " and " + OfferLimits.LATEST_DATE));
        }
    }
}
