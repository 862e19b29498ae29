package vn.practica.placement.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One entry of a placement's audit trail, written once and never changed. */
@Entity
@Immutable
@Table(name = "placement_audit")
public class PlacementAuditEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "placement_id")
    private UUID placementId;

    private Instant at;

    @Column(name = "actor_role")
    private String actorRole;

    @Column(name = "actor_subject")
    private String actorSubject;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "placement_status")
    private PlacementStatus placementStatus;

    @Column(name = "agreement_version")
    private Long agreementVersion;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<AuditChange> changes;

    protected PlacementAuditEntry() {}

    PlacementAuditEntry(
            UUID placementId,
            Instant at,
            AuditActor actor,
            AuditAction action,
            PlacementStatus placementStatus,
            Long agreementVersion,
            List<AuditChange> changes) {
        this.placementId = placementId;
        this.at = at;
        this.actorRole = actor.role();
        this.actorSubject = actor.subject();
        this.action = action;
        this.placementStatus = placementStatus;
        this.agreementVersion = agreementVersion;
        this.changes = List.copyOf(changes);
    }

    AuditEntry entry() {
        return new AuditEntry(
                id, at, new AuditActor(actorRole, actorSubject), action, placementStatus, agreementVersion, changes);
    }
}
