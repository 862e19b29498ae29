package vn.practica.catalog.curriculum;

/**
 * How long and how large each member of a synced programme or course may be: the row rules reject a row that
 * breaks one, the columns store them (V6__curriculum.sql), and the OpenAPI document states the same numbers.
 */
public final class CurriculumLimits {
    /**
     * Most rows (programmes plus courses) in one batch; larger syncs are split by the client. 10,000 rows
     * take about a second or two (docs/benchmarks.md), far inside the transaction timeout.
     */
    public static final int MAX_ROWS = 10_000;

    public static final int SOURCED_ID = 255;
    public static final int CODE = 50;
    public static final int TITLE = 300;
    /** Programme names, Vietnamese and English. */
    public static final int NAME = 300;

    public static final int OUTCOME = 1000;
    public static final int MAX_OUTCOMES = 50;
    public static final int MAX_COMPETENCIES = 100;
    /** Programmes one course belongs to. */
    public static final int MAX_PROGRAMS = 100;
    /** Vietnam's qualifications framework: 1-8 (5 intermediate, 6 college, 7 bachelor's). */
    public static final int MIN_LEVEL = 1;

    public static final int MAX_LEVEL = 8;
    /** Fifty years: no programme runs longer. */
    public static final int MAX_MONTHS = 600;
    /** Far beyond any course; keeps sums of hours in KPIs far from overflow. */
    public static final int MAX_HOURS = 10_000;
    /** numeric(5, 1). */
    public static final String MAX_CREDITS = "9999.9";

    private CurriculumLimits() {}
}
