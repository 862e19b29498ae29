package vn.practica.placement.tasks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import vn.practica.placement.notification.FeedChange;
import vn.practica.placement.notification.NotificationService;
import vn.practica.placement.notification.Recipient;
import vn.practica.placement.placement.Requester;
import vn.practica.placement.student.StudentDirectoryService;
import vn.practica.platform.paging.Cursors;
import vn.practica.platform.problem.DomainException;

/**
 * The asker's change feed after a cursor: a student's own (by the record tied to their login), a school's or a
 * business's as the organization's.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MyChangesService {
    private final NotificationService notifications;
    private final StudentDirectoryService students;

    MyChangesService(NotificationService notifications, StudentDirectoryService students) {
        this.notifications = notifications;
        this.students = students;
    }

    /**
     * Up to {@code limit} changes after {@code cursor} (none: from the first), oldest first, and the cursor to ask
     * with next time, which stays where it was when nothing came.
     */
    public ChangesPage readChanges(Requester requester, String cursor, int limit) {
        long after = position(cursor);
        Recipient recipient = recipient(requester);
        List<FeedChange> changes = notifications.readChanges(recipient, after, limit);
        long last = changes.isEmpty() ? after : changes.get(changes.size() - 1).position();
        return new ChangesPage(changes, Cursors.encode(Long.toString(last)));
    }

    private Recipient recipient(Requester requester) {
        Optional<Recipient> organization =
                requester.schoolId().or(requester::businessId).map(Recipient::organization);
        return organization
                .or(() ->
                        requester.studentLogin().flatMap(students::findByLogin).map(me -> Recipient.student(me.id())))
                .orElseThrow(() -> DomainException.notFound(
                        "No student record is tied to your login; your school registers it with your login subject"));
    }

    private static long position(String cursor) {
        if (cursor == null) {
            return 0;
        }
        return Cursors.decode(cursor, 1)
                .map(parts -> parts.get(0))
                .filter(text -> text.matches("[0-9]{1,18}"))
                .map(Long::parseLong)
                .orElseThrow(() -> DomainException.invalid("query.after", "not a cursor from this API"));
    }

    /** A page of the feed and where to read on. */
    public record ChangesPage(List<FeedChange> changes, String cursor) {}
}
