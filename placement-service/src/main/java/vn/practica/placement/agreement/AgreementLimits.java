package vn.practica.placement.agreement;

import java.time.LocalDate;
import vn.practica.placement.offer.OfferLimits;

/**
 * Bounds of an agreement's members: request validation, the columns (V8__agreement.sql) and the OpenAPI document
 * state the same numbers; the cooperation model's hour bounds are narrower than {@link #MAX_TOTAL_HOURS}.
 */
public final class AgreementLimits {
    /** Normal working time under Vietnam's Labour Code: at most 48 hours a week. */
    public static final int MAX_WEEKLY_HOURS = 48;

    public static final int MAX_TOTAL_HOURS = OfferLimits.MAX_HOURS;

    /** The {@code sub} of a supervisor's or mentor's token, as offers name mentors. */
    public static final int SUBJECT = OfferLimits.MENTOR_SUBJECT;

    /** A person's name as printed on the agreement. */
    public static final int NAME = 200;

    /** Competency items the school adds to the offer's as learning objectives. */
    public static final int MAX_ADDED_ITEMS = OfferLimits.MAX_COMPETENCIES;

    /** The offer's items and the school's together. */
    public static final int MAX_OBJECTIVES = OfferLimits.MAX_COMPETENCIES + MAX_ADDED_ITEMS;

    public static final LocalDate EARLIEST_DATE = OfferLimits.EARLIEST_DATE;
    public static final LocalDate LATEST_DATE = OfferLimits.LATEST_DATE;

    private AgreementLimits() {}
}
