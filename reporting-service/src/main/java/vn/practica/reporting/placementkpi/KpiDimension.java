package vn.practica.reporting.placementkpi;

import java.util.Arrays;
import java.util.Optional;

/** What a KPI table can be split by, besides the period; in this order in every table and CSV. */
public enum KpiDimension {
    FIELD("field", "field_code"),
    PROVINCE("province", "province_code"),
    SCHOOL("school", "school_id"),
    BUSINESS("business", "business_id");

    private final String parameter;
    private final String column;

    KpiDimension(String parameter, String column) {
        this.parameter = parameter;
        this.column = column;
    }

    /** As written in {@code groupBy} and {@code totalOver}. */
    public String parameter() {
        return parameter;
    }

    /** The fact tables' column; a constant, never client text, so it may be written into SQL. */
    String column() {
        return column;
    }

    public static Optional<KpiDimension> fromParameter(String name) {
        return Arrays.stream(values()).filter(d -> d.parameter.equals(name)).findFirst();
    }
}
