package vn.practica.events.placement;

/**
 * CloudEvent types emitted by placement-service on {@code practica.placement.events}. A breaking payload change
 * gets a new {@code .vN}.
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

    /** Keyed by the application's id. */
    public static final String AGGREGATE_APPLICATION = "application";

    /** A student (or a school, for one of its courses) applied to an open offer. */
    public static final String APPLICATION_SUBMITTED = "vn.practica.placement.application.submitted.v1";
    /** The applicant withdrew an application that was still submitted, shortlisted or offered. */
    public static final String APPLICATION_WITHDRAWN = "vn.practica.placement.application.withdrawn.v1";
    /**
     * Any other move of an application ({@code fromStatus} → {@code toStatus}): shortlisted, offered, rejected,
     * declined, accepted, expired (an offer not answered in time) or cancelled (its offer was cancelled).
     */
    public static final String APPLICATION_STATUS_CHANGED = "vn.practica.placement.application.status-changed.v1";

    /** Keyed by the placement's id. */
    public static final String AGGREGATE_PLACEMENT = "placement";

    /** An applicant accepted an offer: a placement is proposed and holds one of the offer's seats. */
    public static final String PLACEMENT_PROPOSED = "vn.practica.placement.placement.proposed.v1";
    /**
     * The three parties (the student, or for a school's course the school; the school; the business) confirmed
     * the same version of the placement's agreement: it is AGREED and becomes ACTIVE on the agreed start day.
     */
    public static final String PLACEMENT_AGREED = "vn.practica.placement.placement.agreed.v1";
    /** The work began: the agreed start day came (the start sweep), or the school or the business started it. */
    public static final String PLACEMENT_STARTED = "vn.practica.placement.placement.started.v1";
    /** The student, a school or the business withdrew the placement; its seat is free again. */
    public static final String PLACEMENT_WITHDRAWN = "vn.practica.placement.placement.withdrawn.v1";
    /** The placement ended because its offer was cancelled; its seat is freed with it. */
    public static final String PLACEMENT_TERMINATED = "vn.practica.placement.placement.terminated.v1";
    /**
     * The logbook's approved hours reached the agreed total and the evaluations of the student are in: the
     * placement is COMPLETED. Its data ({@link PlacementCompletedEventData}) adds hours and mean scores per item.
     */
    public static final String PLACEMENT_COMPLETED = "vn.practica.placement.placement.completed.v1";

    /**
     * The verifiable credential of a completed placement was issued (keyed, like the placement's events, by the
     * placement's id). Its data ({@link CredentialIssuedEventData}) names the credential and the student's pseudonym.
     */
    public static final String CREDENTIAL_ISSUED = "vn.practica.placement.credential.issued.v1";

    /** Keyed by the matching round's id. */
    public static final String AGGREGATE_ROUND = "round";

    /** The State or a school opened a matching round: its offers are fixed and its lottery seed is published. */
    public static final String ROUND_OPENED = "vn.practica.placement.round.opened.v1";
    /** The round's preference deadline passed (or its organizer ended ranking early): no more rankings. */
    public static final String ROUND_CLOSED = "vn.practica.placement.round.closed.v1";
    /**
     * A run allocated the round's seats: its summary counts; each match follows as its own
     * {@code placement.proposed}.
     */
    public static final String ROUND_MATCHED = "vn.practica.placement.round.matched.v1";

    private PlacementEventTypes() {}

    /** True for {@link #CREDENTIAL_ISSUED}, whose data is {@link CredentialIssuedEventData}. */
    public static boolean isCredentialIssuedEvent(String type) {
        return CREDENTIAL_ISSUED.equals(type);
    }

    /** True for every round event type; each carries the round as it is after the change. */
    public static boolean isRoundEvent(String type) {
        return ROUND_OPENED.equals(type) || ROUND_CLOSED.equals(type) || ROUND_MATCHED.equals(type);
    }

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

    /** True for every application event type; each carries the application as it is after the change. */
    public static boolean isApplicationEvent(String type) {
        return APPLICATION_SUBMITTED.equals(type)
                || APPLICATION_WITHDRAWN.equals(type)
                || APPLICATION_STATUS_CHANGED.equals(type);
    }

    /** True for {@link #PLACEMENT_COMPLETED}, whose data is {@link PlacementCompletedEventData}. */
    public static boolean isPlacementCompletedEvent(String type) {
        return PLACEMENT_COMPLETED.equals(type);
    }

    /**
     * True for every placement event type whose data is {@link PlacementEventData}: the placement as it is after
     * the change. {@link #PLACEMENT_COMPLETED} carries its own data.
     */
    public static boolean isPlacementEvent(String type) {
        return PLACEMENT_PROPOSED.equals(type)
                || PLACEMENT_AGREED.equals(type)
                || PLACEMENT_STARTED.equals(type)
                || PLACEMENT_WITHDRAWN.equals(type)
                || PLACEMENT_TERMINATED.equals(type);
    }
}
