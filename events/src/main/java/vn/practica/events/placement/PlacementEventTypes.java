package vn.practica.events.placement;

/**
 * CloudEvent types emitted by placement-service on {@code practica.placement.events}. A breaking payload change
 * gets a new {@code .vN}. Offers, applications and placements add their types here as they start emitting.
 */
public final class PlacementEventTypes {
    public static final String SOURCE = "/practica/placement-service";

    /** Keyed by the student's pseudonymous id, never by anything a person could be recognised by. */
    public static final String AGGREGATE_STUDENT = "student";

    /** A school registered a student (first sync of its sourcedId). */
    public static final String STUDENT_REGISTERED = "vn.practica.placement.student.registered.v1";
    /** The student's programme, year of study or field interests changed; other changes emit nothing. */
    public static final String STUDENT_UPDATED = "vn.practica.placement.student.updated.v1";

    private PlacementEventTypes() {}

    /** True for both student event types; consumers ignore types they do not know. */
    public static boolean isStudentEvent(String type) {
        return STUDENT_REGISTERED.equals(type) || STUDENT_UPDATED.equals(type);
    }
}
