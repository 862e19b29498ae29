package vn.practica.placement.placement;

import java.util.Objects;

/**
 * Who made a change the audit trail records: a party by the {@code sub} of its token, or the system (the start
 * sweep), which has none.
 *
 * @param role {@code STUDENT}, {@code SCHOOL}, {@code BUSINESS} or {@code SYSTEM}
 */
public record AuditActor(String role, String subject) {
    public static final String SYSTEM = "SYSTEM";

    public AuditActor {
        Objects.requireNonNull(role);
        if (SYSTEM.equals(role) != (subject == null)) {
            throw new IllegalArgumentException("a party acts by its sub, the system by none");
        }
    }

    public static AuditActor of(PlacementParty party, String subject) {
        return new AuditActor(party.name(), subject);
    }

    public static AuditActor system() {
        return new AuditActor(SYSTEM, null);
    }
}
