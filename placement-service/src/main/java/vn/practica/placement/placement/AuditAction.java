package vn.practica.placement.placement;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an entry of a placement's audit trail records: a transition of the placement, a change or confirmation
 * of its agreement, a logbook entry submitted (or resubmitted), approved or returned, an evaluation submitted.
 */
public enum AuditAction {
    PROPOSED,
    AGREEMENT_CHANGED,
    AGREEMENT_CONFIRMED,
    AGREED,
    STARTED,
    WITHDRAWN,
    TERMINATED,
    ENTRY_SUBMITTED,
    ENTRY_APPROVED,
    ENTRY_RETURNED,
    EVALUATION_SUBMITTED,
    COMPLETED;

    private static final Set<AuditAction> MAILED =
            EnumSet.of(AGREEMENT_CHANGED, AGREED, STARTED, ENTRY_RETURNED, COMPLETED, WITHDRAWN, TERMINATED);

    /**
     * Whether the student is mailed when another party (or the system) does this: what asks something of them or
     * changes where they stand, not every confirmation or approval, which their change feed tells.
     */
    public boolean mailsStudent() {
        return MAILED.contains(this);
    }
}
