package vn.practica.catalog.organization;

/** Verification lifecycle of a partner; only the State moves it. */
public enum OrganizationStatus {
    PENDING,
    VERIFIED,
    SUSPENDED,
    /** Refused by the State (e.g. a disputed identifier): not a partner, and its identifier is free again. */
    REJECTED;

    /** Whether the organization may publish what others see (curricula, offers) and appear to them. */
    public boolean isVisibleToOthers() {
        return this == VERIFIED || this == SUSPENDED;
    }
}
