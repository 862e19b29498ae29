package vn.practica.placement.logbook;

/** Bounds of logbook entries: request validation, the columns (V10) and the OpenAPI document agree. */
public final class LogbookLimits {
    public static final int ACTIVITY = 2000;
    public static final int COMMENT = 1000;
    public static final int EVIDENCE_URL = 500;
    public static final int MAX_ITEMS = 50;
    /** Hours in one day, across all of a placement's entries of that day. */
    public static final String MAX_DAY_HOURS = "24";

    public static final int MAX_LIMIT = 100;
    public static final String DEFAULT_LIMIT = "20";

    /** https, a host name (no user name or password), an optional port, then anything without spaces. */
    public static final String HTTPS_URL =
            "^https://[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?(?::[0-9]{1,5})?(?:[/?#]\\S*)?$";

    private LogbookLimits() {}
}
