package vn.practica.placement.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Tells parties what changed: a row in the change feed naming them and, where an address is known, a mail in the
 * mail outbox, both in the transaction of the change; {@link MailDeliveryService} sends the mail after the commit.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class NotificationService {
    private final ChangeFeedRepository feed;
    private final MailOutboxRepository mails;

    NotificationService(ChangeFeedRepository feed, MailOutboxRepository mails) {
        this.feed = feed;
        this.mails = mails;
    }

    public void publish(Notice notice, Parties parties, Optional<MailMessage> mail) {
        feed.append(parties, notice);
        mail.ifPresent(m -> mails.enqueue(m, notice.at()));
    }

    /** One change told to its parties, and mailed where a mail is given: many at once, JDBC-batched. */
    public record Publication(Notice notice, Parties parties, Optional<MailMessage> mail) {}

    /** As {@link #publish} for many changes of one transaction (a matching round's proposals), in batches. */
    public void publishAll(List<Publication> publications) {
        feed.appendAll(publications);
        mails.enqueueAll(
                publications.stream().flatMap(p -> p.mail().stream()).toList(),
                publications.isEmpty() ? null : publications.get(0).notice().at());
    }

    /** Up to {@code limit} changes of the recipient after position {@code after} (0: from the first), oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FeedChange> readChanges(Recipient recipient, long after, int limit) {
        return feed.after(recipient, after, limit);
    }
}
