package vn.practica.placement.student;

/**
 * How long and how large each member of a student record may be: the row rules and request validation refuse
 * what breaks one, the columns store them (V3__student.sql), and the OpenAPI document states the same numbers.
 */
public final class StudentLimits {
    /**
     * Most rows in one registration request; a school's SIS sends larger rosters in several requests. A
     * thousand rows are one transaction of a few hundred milliseconds.
     */
    public static final int MAX_ROWS = 1000;

    public static final int SOURCED_ID = 255;
    public static final int NAME = 100;
    /** RFC 5321's limit on a forward path. */
    public static final int EMAIL = 254;

    public static final int PHONE = 20;
    public static final int LOGIN_SUBJECT = 255;
    /** A programme lasts at most eight years. */
    public static final int MIN_YEAR = 1;

    public static final int MAX_YEAR = 8;
    /** The programme has ten fields; a student may name them all. */
    public static final int MAX_INTERESTS = 10;

    public static final int FIELD_CODE = 32;
    public static final String FIELD_CODE_PATTERN = "^[A-Z][A-Z0-9_]{1,31}$";
    public static final String FIELD_CODE_MESSAGE =
            "must be a field code: 2-32 upper-case letters, digits and underscores, starting with a letter";

    public static final int CV_SUMMARY = 2000;
    public static final int MAX_LINKS = 10;
    public static final int LINK = 500;
    /** A DID the student names themselves by in credentials; 300 characters hold any DID in use. */
    public static final int CREDENTIAL_DID = 300;
    /**
     * W3C DID syntax: {@code did:}, a method name of lower-case letters and digits, and a method-specific id of
     * letters, digits, {@code . - _}, percent-encoded bytes and colons, not ending in a colon.
     */
    public static final String CREDENTIAL_DID_PATTERN =
            "^did:[a-z0-9]+:(?:(?:[A-Za-z0-9._-]|%[0-9A-Fa-f]{2})*:)*(?:[A-Za-z0-9._-]|%[0-9A-Fa-f]{2})+$";

    private StudentLimits() {}
}
