package vn.practica.catalog.competency;

/**
 * How long each CASE property may be, as the CFPackage import checks it and the columns store it
 * (V7__competency_framework.sql); the OpenAPI document states the same numbers.
 */
public final class CaseLimits {
    /**
     * Statements, descriptions and link titles: generous for any real framework, and small enough that every
     * event carrying one stays far below the broker's 1 MB record limit (10,000 characters are at most 40 KB).
     */
    public static final int LONG_TEXT = 10_000;

    public static final int URI = 1000;
    public static final int DOCUMENT_TITLE = 1000;
    public static final int CREATOR = 500;
    public static final int PUBLISHER = 500;
    public static final int VERSION = 100;
    public static final int ADOPTION_STATUS = 50;
    public static final int LANGUAGE = 20;
    /** humanCodingScheme and CFItemType. */
    public static final int CODE = 255;

    public static final int LIST_ENUMERATION = 50;
    public static final int ASSOCIATION_TYPE = 50;
    /** Date-times as providers write them, with or without an offset. */
    public static final int DATE_TIME = 64;
    /** Entries of a list property such as educationLevel, and the length of each. */
    public static final int LIST_ENTRIES = 50;

    public static final int LIST_ENTRY = 100;
    public static final int UUID = 36;
    /** Most CFItems and CFAssociations one import takes. */
    public static final int MAX_ITEMS = 20_000;

    public static final int MAX_ASSOCIATIONS = 100_000;

    private CaseLimits() {}
}
