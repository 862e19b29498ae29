package vn.practica.catalog.competency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A typed link from a node of a framework to another node, here or elsewhere: a CASE 1.1 CFAssociation. */
@Entity
@Table(name = "competency_association")
public class CompetencyAssociation extends CaseNode {
    @Column(name = "framework_id")
    private UUID frameworkId;

    @Column(name = "association_type")
    private String associationType;

    @Column(name = "sequence_number")
    private Integer sequenceNumber;

    @Column(name = "origin_id")
    private UUID originId;

    @Column(name = "origin_uri")
    private String originUri;

    @Column(name = "origin_title")
    private String originTitle;

    @Column(name = "destination_id")
    private UUID destinationId;

    @Column(name = "destination_uri")
    private String destinationUri;

    @Column(name = "destination_title")
    private String destinationTitle;

    protected CompetencyAssociation() {}

    private CompetencyAssociation(UUID frameworkId, AssociationRecord record, Instant now) {
        super(record.identifier(), now);
        this.frameworkId = frameworkId;
    }

    public static CompetencyAssociation create(UUID frameworkId, AssociationRecord record, String uri, Instant now) {
        CompetencyAssociation association = new CompetencyAssociation(frameworkId, record, now);
        association.copy(record, uri, now);
        return association;
    }

    /** Applies a re-imported association; returns false when it changes nothing (no version, no event). */
    public boolean update(AssociationRecord record, String uri, Instant now) {
        return change(sameAs(record, uri), () -> copy(record, uri, now), now);
    }

    private boolean sameAs(AssociationRecord r, String newUri) {
        return associationType.equals(r.associationType())
                && Objects.equals(sequenceNumber, r.sequenceNumber())
                && origin().equals(r.origin())
                && destination().equals(r.destination())
                && sameNode(newUri, r.lastChangeDateTime(), r.extra());
    }

    private void copy(AssociationRecord r, String newUri, Instant now) {
        associationType = r.associationType();
        sequenceNumber = r.sequenceNumber();
        originId = r.origin().identifier();
        originUri = r.origin().uri();
        originTitle = r.origin().title();
        destinationId = r.destination().identifier();
        destinationUri = r.destination().uri();
        destinationTitle = r.destination().title();
        copyNode(newUri, r.lastChangeDateTime(), r.extra(), now);
    }

    public UUID frameworkId() {
        return frameworkId;
    }

    public String associationType() {
        return associationType;
    }

    public Integer sequenceNumber() {
        return sequenceNumber;
    }

    public NodeLink origin() {
        return new NodeLink(originTitle, originId, originUri);
    }

    public NodeLink destination() {
        return new NodeLink(destinationTitle, destinationId, destinationUri);
    }
}
