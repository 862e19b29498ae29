package vn.practica.placement.placement;

/**
 * What an entry of a placement's audit trail records: a transition of the placement, or a change or
 * confirmation of its agreement.
 */
public enum AuditAction {
    PROPOSED,
    AGREEMENT_CHANGED,
    AGREEMENT_CONFIRMED,
    AGREED,
    STARTED,
    WITHDRAWN,
    TERMINATED
}
