package vn.practica.placement.tasks;

/** What a party is asked to do. */
public enum TaskKind {
    /** Confirm the current version of a PROPOSED placement's agreement. */
    CONFIRM_AGREEMENT,
    /** Approve or return submitted logbook entries (the approver). */
    DECIDE_LOGBOOK_ENTRIES,
    /** Edit and resubmit returned logbook entries (the recorder). */
    REVISE_RETURNED_ENTRIES,
    /** Submit your evaluation while the window is open. */
    SUBMIT_EVALUATION
}
