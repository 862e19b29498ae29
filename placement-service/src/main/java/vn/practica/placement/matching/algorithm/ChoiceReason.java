package vn.practica.placement.matching.algorithm;

/** Why a student got, or did not get, one offer they ranked; one code per (student, choice) edge. */
public enum ChoiceReason {
    /** The student holds this offer. */
    ASSIGNED,
    /** The offer is full with students of higher priority: its cut-off is above the student's key. */
    FULL_WITH_HIGHER_PRIORITY,
    /** The offer has seats, but its business is at its business-wide capacity with students it ranks higher. */
    BUSINESS_FULL_WITH_HIGHER_PRIORITY,
    /** The offer, or its business, takes nobody. */
    ZERO_CAPACITY,
    /** The student holds an offer they ranked higher, so this one was never needed. */
    NOT_REACHED_BECAUSE_HIGHER_CHOICE_HELD;

    private static final ChoiceReason[] BY_CODE = values();

    /** The byte stored per edge. */
    public byte code() {
        return (byte) ordinal();
    }

    public static ChoiceReason ofCode(byte code) {
        return BY_CODE[code];
    }
}
