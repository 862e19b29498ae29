package vn.practica.catalog.cooperation;

/**
 * The bounds of a cooperation model, shared by request validation, the OpenAPI document and the columns of
 * V13__cooperation_model.sql. They keep one model (and so one event) well under 1 MB whatever the State writes.
 */
public final class CooperationLimits {
    /** Model codes have the shape of field codes. */
    public static final String CODE_PATTERN = "^[A-Z][A-Z0-9_]{1,31}$";

    public static final int MAX_CODE = 32;
    public static final String CODE_MESSAGE =
            "must be 2-32 characters: upper-case letters, digits and underscores, starting with a letter";

    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 2000;

    /** About one working year: no single piece of practical work under a model lasts longer. */
    public static final int MAX_HOURS = 2000;

    public static final int MAX_CLAUSES = 30;
    /** A clause key names the clause within its model, e.g. {@code occupational-safety}. */
    public static final String CLAUSE_KEY_PATTERN = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$";

    public static final int MAX_CLAUSE_KEY = 48;
    public static final String CLAUSE_KEY_MESSAGE =
            "must be lower-case words of letters and digits joined by hyphens, such as occupational-safety";
    public static final int MAX_CLAUSE_TEXT = 2000;

    public static final int MAX_AREAS = 20;
    public static final int MAX_WEIGHT = 100;

    /** Every kind of contribution, in their order, for {@code @Pattern} and the OpenAPI enumeration. */
    public static final String KINDS = "REAL_PROJECT|INTERNSHIP|EXPERT_TEACHING|RESOURCE";

    public static final String KINDS_MESSAGE = "must be REAL_PROJECT, INTERNSHIP, EXPERT_TEACHING or RESOURCE";

    private CooperationLimits() {}
}
