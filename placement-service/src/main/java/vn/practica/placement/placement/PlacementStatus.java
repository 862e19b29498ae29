package vn.practica.placement.placement;

/**
 * Where a placement is in its life: {@code PROPOSED} when an applicant accepts, {@code AGREED} once the three
 * parties sign the agreement, {@code ACTIVE} while the work is done, {@code COMPLETED} at its end; or ended early,
 * {@code WITHDRAWN} by a party or {@code TERMINATED} with its offer. Agreements and logbooks (the next steps) add
 * the moves to AGREED, ACTIVE and COMPLETED.
 */
public enum PlacementStatus {
    PROPOSED,
    AGREED,
    ACTIVE,
    COMPLETED,
    WITHDRAWN,
    TERMINATED;

    /** Running or about to: a party may still withdraw it, a cancelled offer terminates it. */
    public boolean isLive() {
        return this == PROPOSED || this == AGREED || this == ACTIVE;
    }

    /**
     * Whether it holds one of its offer's seats: every placement but one ended early (a completed one used its
     * seat, so the seat is not offered again).
     */
    public boolean holdsSeat() {
        return this != WITHDRAWN && this != TERMINATED;
    }
}
