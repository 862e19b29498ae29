package vn.practica.placement.offer;

import java.time.LocalDate;

/**
 * How long and how large each member of an offer may be: request validation and the row rules refuse what
 * breaks one, the columns store them (V4__offer.sql), and the OpenAPI document states the same numbers.
 */
public final class OfferLimits {
    /** Most offers in one bulk upsert; a business's system sends more in several requests. */
    public static final int MAX_ROWS = 1000;

    /** The business's own id of an offer: URL-safe (RFC 3986 unreserved characters), so it fits a path. */
    public static final int EXTERNAL_REF = 100;

    public static final String EXTERNAL_REF_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._~-]{0,99}$";
    public static final String EXTERNAL_REF_MESSAGE =
            "must be your offer id: 1-100 letters, digits, dots, underscores, tildes or dashes, starting with a"
                    + " letter or digit";

    public static final int TITLE = 200;
    public static final int DESCRIPTION = 5000;

    public static final int CODE = 32;
    public static final String CODE_PATTERN = "^[A-Z][A-Z0-9_]{1,31}$";
    public static final String CODE_MESSAGE =
            "must be a code: 2-32 upper-case letters, digits and underscores, starting with a letter";

    public static final int MAX_COMPETENCIES = 50;
    public static final int MIN_SEATS = 1;
    public static final int MAX_SEATS = 10_000;

    /** Catalog's province codes (GET /api/v1/provinces): HN, HCM, DN, ... */
    public static final int PROVINCE_CODE = 8;

    public static final String PROVINCE_CODE_PATTERN = "^[A-Z]{2,8}$";
    public static final String PROVINCE_CODE_MESSAGE = "must be a province code such as HN or HCM";

    /** Hours over the whole offer; the cooperation model's own bounds are narrower. */
    public static final int MIN_HOURS = 1;

    public static final int MAX_HOURS = 10_000;

    /** A monthly stipend in VND; a billion is far above any internship's. */
    public static final long MAX_STIPEND_VND = 1_000_000_000L;

    public static final int MAX_SCHOOLS = 100;
    public static final int MAX_PROGRAMS = 100;
    public static final int SOURCED_ID = 255;
    public static final int MIN_YEAR = 1;
    public static final int MAX_YEAR = 8;

    /** Business users who mentor the students: the {@code sub} of their tokens. */
    public static final int MAX_MENTORS = 10;

    public static final int MENTOR_SUBJECT = 255;
    public static final int MAX_QUESTIONS = 10;
    public static final int QUESTION = 500;
    public static final int CANCEL_REASON = 1000;

    /** Dates an offer may name: a sanity bound, far from any real plan's edges. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);

    public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

    /** Longest free-text query of the discovery search. */
    public static final int QUERY = 200;

    private OfferLimits() {}
}
