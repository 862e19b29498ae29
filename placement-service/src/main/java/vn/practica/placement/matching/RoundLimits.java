package vn.practica.placement.matching;

/** How large each member of a round and its rankings may be; the columns (V13__matching_round.sql) hold them. */
public final class RoundLimits {
    public static final int NAME = 200;
    public static final int TERM = 13;
    public static final String TERM_PATTERN = "^[0-9]{4}-[A-Z0-9]{1,8}$";
    public static final String TERM_MESSAGE = "must be a term such as 2027-S1: a year, a dash, 1-8 letters or digits";
    public static final int DEFAULT_CHOICE_CAP = 10;
    public static final int MAX_CHOICE_CAP = 50;

    public static final int MAX_SCORE = 1_000_000;
    /** Schools a school's round may invite: a group of schools of a region or a university system. */
    public static final int MAX_PARTNER_SCHOOLS = 100;

    /** round_business_capacity's check. */
    public static final int MAX_BUSINESS_CAPACITY = 1_000_000;

    public static final String DEFAULT_LIMIT = "50";
    public static final int MAX_LIMIT = 500;

    /** Most per-row errors a refused bulk upload lists; the count says how many there were in all. */
    public static final int MAX_ROW_ERRORS = 100;

    /** A bound for documents only: a round holds the open offers of a term, a few thousand nationally. */
    public static final int MAX_OFFERS = 100_000;

    /** Runs a round lists. */
    public static final int MAX_RUNS = 20;

    private RoundLimits() {}
}
