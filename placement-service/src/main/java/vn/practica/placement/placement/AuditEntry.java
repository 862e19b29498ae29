package vn.practica.placement.placement;

import java.time.Instant;
import java.util.List;

/**
 * An entry of a placement's audit trail as it is stored: who did what, when, what the placement's status was
 * afterwards, which version of the agreement it made or confirmed, and what changed.
 *
 * @param sequence increasing in the order entries were written; their order and the lists' cursor
 */
public record AuditEntry(
        long sequence,
        Instant at,
        AuditActor actor,
        AuditAction action,
        PlacementStatus placementStatus,
        Long agreementVersion,
        List<AuditChange> changes) {}
