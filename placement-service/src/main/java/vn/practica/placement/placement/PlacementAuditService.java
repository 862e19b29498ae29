package vn.practica.placement.placement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.practica.placement.notification.MailMessage;
import vn.practica.placement.notification.Notice;
import vn.practica.placement.notification.NotificationService;
import vn.practica.placement.notification.Parties;
import vn.practica.placement.student.StudentDetails;
import vn.practica.placement.student.StudentDirectoryService;
import vn.practica.platform.paging.CursorPage;
import vn.practica.platform.paging.Cursors;
import vn.practica.platform.problem.DomainException;

/**
 * A placement's audit trail: every transition and every change and confirmation of its agreement, logbook
 * decisions and evaluations, written in the transaction of what it records, read by the placement's parties and
 * the State. Each entry also goes to the parties' change feeds (and, for some, a mail to the student) through
 * {@link NotificationService}, in the same transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PlacementAuditService {
    private final PlacementAuditRepository audit;
    private final PlacementRepository placements;
    private final PlacementViews views;
    private final NotificationService notifications;
    private final StudentDirectoryService students;

    PlacementAuditService(
            PlacementAuditRepository audit,
            PlacementRepository placements,
            PlacementViews views,
            NotificationService notifications,
            StudentDirectoryService students) {
        this.audit = audit;
        this.placements = placements;
        this.views = views;
        this.notifications = notifications;
        this.students = students;
    }

    /** Appends an entry in the transaction of the change it records. */
    public void record(
            UUID placementId,
            Instant at,
            AuditActor actor,
            AuditAction action,
            PlacementStatus placementStatus,
            Long agreementVersion,
            List<AuditChange> changes) {
        audit.append(
                new PlacementAuditEntry(placementId, at, actor, action, placementStatus, agreementVersion, changes));
        PlacementDetails placement = placements.byId(placementId).orElseThrow().details();
        Notice notice = new Notice(placementId, action.name(), placementStatus.name(), actor.role(), at);
        notifications.publish(notice, parties(placement), mail(placement, notice, action, actor));
    }

    /**
     * The entries of a matching round's proposals, by the system, JDBC-batched; each party is told in its change
     * feed, and each student mailed at {@code emails.get(i)} (null: not mailed), the address the round read with its
     * inputs: nobody asked them this time, the round placed them.
     */
    public void recordRoundProposals(
            List<PlacementDetails> proposed, List<String> emails, Instant at, long agreementVersion) {
        audit.appendRoundProposals(proposed.stream().map(PlacementDetails::id).toList(), at, agreementVersion);
        List<NotificationService.Publication> publications = new ArrayList<>(proposed.size());
        for (int i = 0; i < proposed.size(); i++) {
            PlacementDetails placement = proposed.get(i);
            Notice notice = new Notice(
                    placement.id(),
                    AuditAction.PROPOSED.name(),
                    PlacementStatus.PROPOSED.name(),
                    AuditActor.SYSTEM,
                    at);
            Optional<MailMessage> mail =
                    Optional.ofNullable(emails.get(i)).map(email -> PlacementMails.matchedToStudent(email, notice));
            publications.add(new NotificationService.Publication(notice, parties(placement), mail));
        }
        notifications.publishAll(publications);
    }

    /** The placement's parties: its student (none for a school's course), its school and its business. */
    private static Parties parties(PlacementDetails placement) {
        return new Parties(placement.studentId(), placement.schoolId(), placement.businessId());
    }

    private Optional<MailMessage> mail(
            PlacementDetails placement, Notice notice, AuditAction action, AuditActor actor) {
        if (placement.studentId() == null
                || !action.mailsStudent()
                || PlacementParty.STUDENT.name().equals(actor.role())) {
            return Optional.empty();
        }
        StudentDetails student =
                students.findByIds(List.of(placement.studentId())).get(placement.studentId());
        return Optional.ofNullable(student).map(s -> PlacementMails.toStudent(s.email(), notice));
    }

    /**
     * The placement's trail in the order it was written, after the cursor's entry, as the requester may read it;
     * empty when they may not see the placement (they are not told it exists).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AuditTrail> readAudit(UUID placementId, Requester requester, String cursor, int limit) {
        long after = position(cursor);
        return placements
                .byId(placementId)
                .flatMap(placement -> views.audience(placement.details(), requester))
                .map(audience -> {
                    List<AuditEntry> rows = audit.page(placementId, after, limit + 1).stream()
                            .map(PlacementAuditEntry::entry)
                            .toList();
                    return new AuditTrail(
                            CursorPage.of(rows, limit, e -> Cursors.encode(Long.toString(e.sequence()))), audience);
                });
    }

    private static long position(String cursor) {
        if (cursor == null) {
            return 0;
        }
        return Cursors.decode(cursor, 1)
                .map(parts -> parts.get(0))
                .filter(text -> text.matches("[0-9]{1,18}"))
                .map(Long::parseLong)
                .orElseThrow(() -> DomainException.invalid("query.cursor", "not a cursor from this API"));
    }

    /** A page of the trail and who reads it, which decides what they see. */
    public record AuditTrail(CursorPage<AuditEntry> page, PlacementAudience audience) {}
}
