package vn.practica.placement.logbook;

import vn.practica.platform.problem.ProblemType;
import vn.practica.platform.problem.ProblemType.Kind;

/** Why a logbook entry is not recorded, changed or decided; each reason's {@code type} is in docs/problems.md. */
public final class LogbookProblems {
    public static final ProblemType PLACEMENT_NOT_ACTIVE = ProblemType.of(
            "logbook-placement-not-active",
            "Logbook entries are kept only while the placement is ACTIVE",
            Kind.CONFLICT);
    public static final ProblemType DATE_OUTSIDE_PLACEMENT = ProblemType.of(
            "logbook-date-outside-placement",
            "The entry's date is outside the agreement's start and end dates",
            Kind.UNPROCESSABLE);
    public static final ProblemType DATE_IN_FUTURE = ProblemType.of(
            "logbook-date-in-future", "The entry's date is after today (Vietnam time)", Kind.UNPROCESSABLE);
    public static final ProblemType DAY_OVER_24_HOURS = ProblemType.of(
            "logbook-day-over-24-hours", "The day's entries would add up to more than 24 hours", Kind.UNPROCESSABLE);
    public static final ProblemType ITEM_NOT_AN_OBJECTIVE = ProblemType.of(
            "logbook-item-not-an-objective",
            "A competency item practised is not among the agreement's learning objectives",
            Kind.UNPROCESSABLE);
    public static final ProblemType ENTRY_APPROVED =
            ProblemType.of("logbook-entry-approved", "The entry is approved: it never changes again", Kind.CONFLICT);
    public static final ProblemType ENTRY_NOT_SUBMITTED = ProblemType.of(
            "logbook-entry-not-submitted",
            "Only a submitted entry is approved or returned; a returned one is edited first",
            Kind.CONFLICT);

    private LogbookProblems() {}
}
