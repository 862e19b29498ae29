package vn.practica.placement.logbook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.practica.platform.id.TimeOrderedIds;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.upsert.VersionedEntity;

/**
 * One entry of a placement's logbook: submitted by its recorder, then approved (final) or returned with a comment,
 * after which the recorder edits it, which submits it again.
 */
@Entity
@Table(name = "logbook_entry")
public class LogbookEntry extends VersionedEntity {
    @Id
    private UUID id;

    @Column(name = "placement_id")
    private UUID placementId;

    @Column(name = "work_date")
    private LocalDate workDate;

    private BigDecimal hours;

    private String activity;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "item_ids")
    private UUID[] itemIds;

    @Column(name = "evidence_url")
    private String evidenceUrl;

    @Enumerated(EnumType.STRING)
    private EntryStatus status;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_comment")
    private String decisionComment;

    @Column(name = "created_at")
    private Instant createdAt;

    protected LogbookEntry() {}

    private LogbookEntry(Instant now) {
        super(now);
    }

    static LogbookEntry submit(UUID placementId, EntryContent content, String recordedBy, Instant now) {
        LogbookEntry entry = new LogbookEntry(now);
        entry.id = TimeOrderedIds.next();
        entry.placementId = placementId;
        entry.copy(content);
        entry.status = EntryStatus.SUBMITTED;
        entry.recordedBy = recordedBy;
        entry.createdAt = now;
        return entry;
    }

    /**
     * The recorder changes a submitted or returned entry, which is then submitted (again) and awaits a decision;
     * an approved entry never changes. Whether anything changed (the same content of a submitted one is nothing).
     */
    boolean revise(EntryContent next, String by, Instant now) {
        if (status == EntryStatus.APPROVED) {
            throw new DomainException(
                            LogbookProblems.ENTRY_APPROVED, "Entry " + id + " is approved: it never changes again")
                    .with("entryStatus", status.name());
        }
        boolean same = content().equals(next) && status == EntryStatus.SUBMITTED;
        return change(
                same,
                () -> {
                    copy(next);
                    status = EntryStatus.SUBMITTED;
                    recordedBy = by;
                    decidedBy = null;
                    decidedAt = null;
                },
                now);
    }

    /** The approver's decision on a submitted entry: approved (final) or returned, each with an optional comment. */
    void decide(EntryStatus decision, String by, String comment, Instant now) {
        if (status != EntryStatus.SUBMITTED) {
            throw new DomainException(
                            LogbookProblems.ENTRY_NOT_SUBMITTED,
                            "Entry " + id + " is " + status + "; only a SUBMITTED entry is approved or returned")
                    .with("entryStatus", status.name());
        }
        change(
                false,
                () -> {
                    status = decision;
                    decidedBy = by;
                    decidedAt = now;
                    decisionComment = comment;
                },
                now);
    }

    EntryContent content() {
        return new EntryContent(workDate, hours, activity, List.of(itemIds), evidenceUrl);
    }

    LogbookEntryDetails details() {
        return new LogbookEntryDetails(
                id,
                placementId,
                content(),
                status,
                recordedBy,
                decidedBy,
                decidedAt,
                decisionComment,
                createdAt,
                version(),
                updatedAt());
    }

    UUID placementId() {
        return placementId;
    }

    private void copy(EntryContent c) {
        workDate = c.date();
        hours = c.hours();
        activity = c.activity();
        itemIds = c.itemIds().toArray(UUID[]::new);
        evidenceUrl = c.evidenceUrl();
    }
}
