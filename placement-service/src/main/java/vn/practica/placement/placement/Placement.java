package vn.practica.placement.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.practica.platform.id.TimeOrderedIds;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.upsert.VersionedEntity;

/**
 * A place an applicant accepted: a student at a business, or a business's expert or resource for a school's
 * course. It holds one of its offer's seats from {@code PROPOSED} until it is withdrawn or terminated.
 */
@Entity
@Table(name = "placement")
public class Placement extends VersionedEntity {
    @Id
    private UUID id;

    @Column(name = "application_id")
    private UUID applicationId;

    @Column(name = "offer_id")
    private UUID offerId;

    @Column(name = "business_id")
    private UUID businessId;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_kind")
    private ApplicantKind applicantKind;

    @Column(name = "student_id")
    private UUID studentId;

    @Column(name = "school_id")
    private UUID schoolId;

    @Column(name = "course_sourced_id")
    private String courseSourcedId;

    @Enumerated(EnumType.STRING)
    private PlacementStatus status;

    @Column(name = "end_reason")
    private String endReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "ended_by")
    private PlacementParty endedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "round_id")
    private UUID roundId;

    protected Placement() {}

    private Placement(Instant now) {
        super(now);
    }

    /** The placement an accepted application makes, entering the agreement flow. */
    static Placement propose(ProposedPlacement proposed, Instant now) {
        return propose(TimeOrderedIds.next(), proposed, now);
    }

    private static Placement propose(UUID id, ProposedPlacement proposed, Instant now) {
        Placement placement = new Placement(now);
        placement.id = id;
        placement.applicationId = proposed.applicationId();
        placement.offerId = proposed.offer().id();
        placement.businessId = proposed.offer().businessId();
        placement.applicantKind = proposed.applicantKind();
        placement.studentId = proposed.studentId();
        placement.schoolId = proposed.schoolId();
        placement.courseSourcedId = proposed.courseSourcedId();
        placement.status = PlacementStatus.PROPOSED;
        placement.createdAt = now;
        return placement;
    }

    /**
     * The placement a matching round's run made for one of its matches, entering the agreement flow; its id is the
     * one the round's fixed result gave it.
     */
    static Placement matched(UUID roundId, UUID id, ProposedPlacement proposed, Instant now) {
        Placement placement = propose(id, proposed, now);
        placement.roundId = roundId;
        return placement;
    }

    /**
     * Its three parties confirmed the same version of its agreement, which starts on {@code startsOn}: from that
     * day (or when a party starts it earlier) it is ACTIVE.
     */
    void agree(LocalDate startsOn, Instant now) {
        requireStatus(PlacementStatus.PROPOSED, "agreed");
        change(
                false,
                () -> {
                    status = PlacementStatus.AGREED;
                    this.startsOn = startsOn;
                },
                now);
    }

    /** The work begins: on the agreed start day, or earlier when the school or the business starts it. */
    void start(Instant now) {
        requireStatus(PlacementStatus.AGREED, "started");
        change(false, () -> status = PlacementStatus.ACTIVE, now);
    }

    /** The approved hours reached the agreed total and the evaluations of the learner are in. */
    void complete(Instant now) {
        requireStatus(PlacementStatus.ACTIVE, "completed");
        change(false, () -> status = PlacementStatus.COMPLETED, now);
    }

    private void requireStatus(PlacementStatus required, String move) {
        if (status != required) {
            throw new DomainException(
                            PlacementProblems.TRANSITION_NOT_ALLOWED,
                            "Placement " + id + " is " + status + "; only a " + required + " one is " + move)
                    .with("placementStatus", status.name());
        }
    }

    /** A party ends it early, for a reason the other parties read. */
    void withdraw(PlacementParty party, String reason, Instant now) {
        end(PlacementStatus.WITHDRAWN, party, reason, now);
    }

    /** Its offer was cancelled: the business ended it, for the cancellation's reason. */
    void terminate(String reason, Instant now) {
        end(PlacementStatus.TERMINATED, PlacementParty.BUSINESS, reason, now);
    }

    private void end(PlacementStatus ended, PlacementParty party, String reason, Instant now) {
        if (!status.isLive()) {
            throw new DomainException(
                            PlacementProblems.TRANSITION_NOT_ALLOWED,
                            "Placement " + id + " is " + status + "; only a PROPOSED, AGREED or ACTIVE one ends early")
                    .with("placementStatus", status.name());
        }
        change(
                false,
                () -> {
                    status = ended;
                    endedBy = party;
                    endReason = reason;
                    endedAt = now;
                },
                now);
    }

    PlacementDetails details() {
        return new PlacementDetails(
                id,
                applicationId,
                offerId,
                businessId,
                applicantKind,
                studentId,
                schoolId,
                courseSourcedId,
                status,
                endReason,
                endedBy,
                endedAt,
                startsOn,
                createdAt,
                version(),
                updatedAt());
    }

    UUID id() {
        return id;
    }

    PlacementStatus status() {
        return status;
    }

    UUID offerId() {
        return offerId;
    }

    UUID businessId() {
        return businessId;
    }

    UUID studentId() {
        return studentId;
    }

    UUID schoolId() {
        return schoolId;
    }
}
