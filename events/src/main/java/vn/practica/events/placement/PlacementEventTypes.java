package vn.practica.events.placement;

/**
 * CloudEvent types emitted by placement-service on {@code practica.placement.events}. A breaking payload change
 * gets a new {@code .vN}. Applications and placements add their types here as they start emitting.
 */
public final class PlacementEventTypes {
    public static final String SOURCE = "/practica/placement-service";

    /** Keyed by the student's pseudonymous id, never by anything a person could be recognised by. */
    public static final String AGGREGATE_STUDENT = "student";

    /** A school registered a student (first sync of its sourcedId). */
    public static final String STUDENT_REGISTERED = "vn.practica.placement.student.registered.v1";
    /** The student's programme, year of study or field interests changed; other changes emit nothing. */
    public static final String STUDENT_UPDATED = "vn.practica.placement.student.updated.v1";

    /** Keyed by the offer's id (the platform's, not the business's own externalRef). */
    public static final String AGGREGATE_OFFER = "offer";

    /** A business opened an offer: from now on students and schools find it and may apply. */
    public static final String OFFER_PUBLISHED = "vn.practica.placement.offer.published.v1";
    /** The content of an open offer changed (the same content again emits nothing). */
    public static final String OFFER_UPDATED = "vn.practica.placement.offer.updated.v1";
    /** The business closed an open offer: no more applications; accepted placements stand. */
    public static final String OFFER_CLOSED = "vn.practica.placement.offer.closed.v1";
    /**
     * The business cancelled an offer it had published, with a reason (in the data) for those who applied.
     * A draft cancelled before it was ever published emits nothing: nobody heard of it.
     */
    public static final String OFFER_CANCELLED = "vn.practica.placement.offer.cancelled.v1";

    private PlacementEventTypes() {}

    /** True for both student event types; consumers ignore types they do not know. */
    public static boolean isStudentEvent(String type) {
        return STUDENT_REGISTERED.equals(type) || STUDENT_UPDATED.equals(type);
    }

    /** True for every offer event type; each carries the whole offer as it is after the change. */
    public static boolean isOfferEvent(String type) {
        return OFFER_PUBLISHED.equals(type)
                || OFFER_UPDATED.equals(type)
                || OFFER_CLOSED.equals(type)
                || OFFER_CANCELLED.equals(type);
    }
}
