package vn.practica.placement.logbook;

/** Where a logbook entry stands: awaiting a decision, approved (final), or returned for changes. */
public enum EntryStatus {
    SUBMITTED,
    APPROVED,
    RETURNED
}
