package vn.practica.placement.application;

import vn.practica.placement.offer.OfferLimits;

/**
 * How long and how large each member of an application may be: request validation refuses what breaks one, the
 * columns store them (V5__application.sql), and the OpenAPI document states the same numbers.
 */
public final class ApplicationLimits {
    public static final int MOTIVATION = 4000;

    /** One answer per question of the offer. */
    public static final int MAX_ANSWERS = OfferLimits.MAX_QUESTIONS;

    public static final int ANSWER = 2000;

    /** A school's own id of its course, as catalog's curricula name it. */
    public static final int COURSE_SOURCED_ID = 255;

    /** Why the business rejects, for the applicant. */
    public static final int REJECT_REASON = 1000;

    /** Most applications on one page of a list; the business's view computes each one's coverage. */
    public static final int MAX_LIMIT = 100;

    public static final String DEFAULT_LIMIT = "20";

    private ApplicationLimits() {}
}
