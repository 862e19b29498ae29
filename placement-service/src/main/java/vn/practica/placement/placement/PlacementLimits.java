package vn.practica.placement.placement;

/** Bounds of placement requests and lists: request validation, the columns (V6) and the OpenAPI document agree. */
public final class PlacementLimits {
    /** Why a placement ended, written by the withdrawing party (or the offer's cancellation reason). */
    public static final int END_REASON = 1000;

    /** Most placements on one page of a list. */
    public static final int MAX_LIMIT = 100;

    public static final String DEFAULT_LIMIT = "20";

    private PlacementLimits() {}
}
