package vn.practica.reporting.targets;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import vn.practica.reporting.placementkpi.PlacementKpiRow;

/**
 * The KPIs the State can set a target for: counts that add up over a year, named as in
 * {@code GET /api/v1/kpis/placements} and defined once in docs/kpis.md.
 */
public enum TargetKpi {
    PLACED_APPLICANTS("placedApplicants", false, PlacementKpiRow::placedApplicants),
    ACTIVE_APPLICANTS("activeApplicants", false, PlacementKpiRow::activeApplicants),
    FILLED_SEATS("filledSeats", false, PlacementKpiRow::filledSeats),
    SEATS_OFFERED("seatsOffered", true, PlacementKpiRow::seatsOffered),
    OFFERS_PUBLISHED("offersPublished", true, PlacementKpiRow::offersPublished);

    /** For path patterns and messages. */
    public static final String PATTERN = "placedApplicants|activeApplicants|filledSeats|seatsOffered|offersPublished";

    public static final String MESSAGE =
            "must be placedApplicants, activeApplicants, filledSeats, seatsOffered or offersPublished";

    private final String parameter;
    /** Offers belong to no school: a school's slice has no value for these. */
    private final boolean offerSide;

    private final Function<PlacementKpiRow, Long> value;

    TargetKpi(String parameter, boolean offerSide, Function<PlacementKpiRow, Long> value) {
        this.parameter = parameter;
        this.offerSide = offerSide;
        this.value = value;
    }

    public String parameter() {
        return parameter;
    }

    /** The row's value; null when suppressed or not applicable to the slice. */
    Long of(PlacementKpiRow row) {
        return value.apply(row);
    }

    boolean offerSide() {
        return offerSide;
    }

    public static Optional<TargetKpi> fromParameter(String name) {
        return Arrays.stream(values()).filter(k -> k.parameter.equals(name)).findFirst();
    }
}
