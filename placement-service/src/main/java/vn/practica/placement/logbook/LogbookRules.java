package vn.practica.placement.logbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.practica.platform.problem.DomainException;

/** The rules an entry's content keeps, as plain Java: its day, the day's hours, the items practised. */
public final class LogbookRules {
    static final BigDecimal MAX_DAY_HOURS = new BigDecimal(LogbookLimits.MAX_DAY_HOURS);

    private LogbookRules() {}

    /**
     * Refuses an entry dated outside the agreed period or after {@code today}, one that would take the day past 24
     * hours with {@code otherHoursThatDay} already recorded, or one naming an item that is no learning objective.
     */
    public static void requireAcceptable(
            EntryContent entry,
            LocalDate startDate,
            LocalDate endDate,
            LocalDate today,
            BigDecimal otherHoursThatDay,
            List<UUID> objectives) {
        if (entry.date().isBefore(startDate) || entry.date().isAfter(endDate)) {
            throw new DomainException(
                            LogbookProblems.DATE_OUTSIDE_PLACEMENT,
                            "The placement runs from " + startDate + " to " + endDate + "; " + entry.date()
                                    + " is outside")
                    .with("startDate", startDate.toString())
                    .with("endDate", endDate.toString());
        }
        if (entry.date().isAfter(today)) {
            throw new DomainException(
                            LogbookProblems.DATE_IN_FUTURE,
                            "Record work once it is done: " + entry.date() + " is after today, " + today)
                    .with("today", today.toString());
        }
        if (otherHoursThatDay.add(entry.hours()).compareTo(MAX_DAY_HOURS) > 0) {
            throw new DomainException(
                            LogbookProblems.DAY_OVER_24_HOURS,
                            "Entries of " + entry.date() + " already hold " + otherHoursThatDay.toPlainString() + " h; "
                                    + entry.hours().toPlainString() + " more would pass 24 h")
                    .with("recordedHours", otherHoursThatDay);
        }
        List<UUID> unknown = new ArrayList<>(entry.itemIds());
        unknown.removeAll(objectives);
        if (!unknown.isEmpty()) {
            throw new DomainException(
                            LogbookProblems.ITEM_NOT_AN_OBJECTIVE,
                            "Name competency items among the agreement's learning objectives; not " + unknown)
                    .with("itemIds", unknown.stream().map(UUID::toString).toList());
        }
    }
}
