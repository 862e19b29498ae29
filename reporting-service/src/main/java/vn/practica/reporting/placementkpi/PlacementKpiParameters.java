package vn.practica.reporting.placementkpi;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.practica.platform.problem.DomainException;

/** Reads the query parameters of a KPI table; anything off is an invalid-request naming the parameter. */
final class PlacementKpiParameters {
    static final int GROUP_BY_LENGTH = 40;
    static final String GROUP_BY_PATTERN = "([a-z]+(,[a-z]+){0,3})?";
    static final String GROUP_BY_MESSAGE = "must list dimensions such as field,province";
    static final int DATE_LENGTH = 10;
    static final String DATE_PATTERN = "[0-9]{4}-[0-9]{2}-[0-9]{2}";
    static final String DATE_MESSAGE = "must be a date such as 2027-03-01";

    /** Years the programme can have data for; a range past them is a mistake, not a question. */
    static final int FIRST_YEAR = 2000;

    static final int LAST_YEAR = 2100;
    static final int MAX_YEARS = 10;

    private PlacementKpiParameters() {}

    static PlacementKpiQuery query(
            String groupBy, String period, String from, String to, String field, String province, KpiSlice slice) {
        KpiPeriod unit = KpiPeriod.valueOf(period.toUpperCase(Locale.ROOT));
        LocalDate first = from == null ? LocalDate.now(KpiPeriod.VIETNAM).withDayOfYear(1) : date("query.from", from);
        LocalDate last = to == null ? first.withDayOfYear(1).plusYears(1).minusDays(1) : date("query.to", to);
        if (last.isBefore(first)) {
            throw DomainException.invalid("query.to", "must not be before from");
        }
        if (last.isAfter(first.plusYears(MAX_YEARS))) {
            throw DomainException.invalid("query.to", "must be at most " + MAX_YEARS + " years after from");
        }
        return new PlacementKpiQuery(
                dimensions(groupBy),
                unit,
                unit.start(first),
                unit.end(last),
                present(field),
                present(province),
                slice.schoolId(),
                slice.businessId());
    }

    private static List<KpiDimension> dimensions(String groupBy) {
        List<KpiDimension> dimensions = new ArrayList<>();
        if (groupBy == null || groupBy.isEmpty()) {
            return dimensions;
        }
        for (String name : groupBy.split(",")) {
            KpiDimension dimension = KpiDimension.fromParameter(name)
                    .orElseThrow(() -> DomainException.invalid(
                            "query.groupBy", "unknown dimension " + name + ": use field, province, school, business"));
            if (dimensions.contains(dimension)) {
                throw DomainException.invalid("query.groupBy", "names " + name + " twice");
            }
            dimensions.add(dimension);
        }
        return dimensions;
    }

    private static LocalDate date(String parameter, String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(parameter, DATE_MESSAGE);
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw DomainException.invalid(parameter, "must be in the years " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        return date;
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isEmpty());
    }
}
