package vn.practica.reporting.placementkpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import vn.practica.reporting.csv.CsvText;

/**
 * A placement KPI table as CSV: the JSON rows' members as columns (only the grouped dimensions), the same nulls
 * (empty cells) and the same {@code suppressed} marker.
 */
final class PlacementKpiCsv {
    private record Column(String name, Function<PlacementKpiRowResponse, Object> value) {}

    private static final List<Column> METRICS = List.of(
            new Column("offersPublished", PlacementKpiRowResponse::offersPublished),
            new Column("seatsOffered", PlacementKpiRowResponse::seatsOffered),
            new Column("filledSeats", PlacementKpiRowResponse::filledSeats),
            new Column("fillRate", PlacementKpiRowResponse::fillRate),
            new Column("applications", PlacementKpiRowResponse::applications),
            new Column("activeApplicants", PlacementKpiRowResponse::activeApplicants),
            new Column("placedApplicants", PlacementKpiRowResponse::placedApplicants),
            new Column("placementRate", PlacementKpiRowResponse::placementRate),
            new Column("unmetDemand", PlacementKpiRowResponse::unmetDemand),
            new Column("medianDaysToPlacement", PlacementKpiRowResponse::medianDaysToPlacement),
            new Column("applicationWithdrawals", PlacementKpiRowResponse::applicationWithdrawals),
            new Column("placementWithdrawals", PlacementKpiRowResponse::placementWithdrawals),
            new Column("terminations", PlacementKpiRowResponse::terminations),
            new Column("participatingBusinesses", PlacementKpiRowResponse::participatingBusinesses),
            new Column("newBusinesses", PlacementKpiRowResponse::newBusinesses),
            new Column("repeatBusinesses", PlacementKpiRowResponse::repeatBusinesses),
            new Column("participatingSchools", PlacementKpiRowResponse::participatingSchools),
            new Column("newSchools", PlacementKpiRowResponse::newSchools),
            new Column("repeatSchools", PlacementKpiRowResponse::repeatSchools));

    private PlacementKpiCsv() {}

    static byte[] of(PlacementKpiTableResponse table) {
        List<Column> columns = columns(table.groupBy());
        List<List<String>> rows = new ArrayList<>();
        rows.add(columns.stream().map(Column::name).toList());
        for (PlacementKpiRowResponse row : table.rows()) {
            rows.add(columns.stream().map(c -> text(c.value().apply(row))).toList());
        }
        return CsvText.utf8WithByteOrderMark(rows);
    }

    private static List<Column> columns(List<String> groupBy) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("period", PlacementKpiRowResponse::period));
        columns.add(new Column("periodStart", PlacementKpiRowResponse::periodStart));
        for (KpiDimension dimension : KpiDimension.values()) {
            if (groupBy.contains(dimension.parameter())) {
                columns.add(dimensionColumn(dimension));
            }
        }
        columns.add(new Column("totalOver", row -> String.join(";", row.totalOver())));
        columns.add(new Column("suppressed", PlacementKpiRowResponse::suppressed));
        columns.addAll(METRICS);
        return columns;
    }

    private static Column dimensionColumn(KpiDimension dimension) {
        return switch (dimension) {
            case FIELD -> new Column("field", PlacementKpiRowResponse::field);
            case PROVINCE -> new Column("province", PlacementKpiRowResponse::province);
            case SCHOOL -> new Column("schoolId", PlacementKpiRowResponse::schoolId);
            case BUSINESS -> new Column("businessId", PlacementKpiRowResponse::businessId);
        };
    }

    /** Plain decimals (0.0001, never 1.0E-4), so every spreadsheet reads the number. */
    private static String text(Object value) {
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).toPlainString();
        }
        return Objects.toString(value, null);
    }
}
