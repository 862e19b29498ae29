package vn.practica.placement.offer;

/**
 * Where an offer is in its life: a {@code DRAFT} only its business sees, {@code OPEN} to applications,
 * {@code CLOSED} to new ones (placements made stand), or {@code CANCELLED} altogether.
 */
public enum OfferStatus {
    DRAFT,
    OPEN,
    CLOSED,
    CANCELLED;

    /** Content changes only before an offer is closed or cancelled. */
    boolean isEditable() {
        return this == DRAFT || this == OPEN;
    }
}
