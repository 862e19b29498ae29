package vn.practica.placement.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import vn.practica.platform.jdbc.NativeValues;

/** The mail outbox: mails written with their change, locked and marked by the sender. */
@ApplicationScoped
public class MailOutboxRepository {
    private static final int BATCH = 1000;

    private final EntityManager em;

    MailOutboxRepository(EntityManager em) {
        this.em = em;
    }

    public void enqueue(MailMessage mail, Instant now) {
        em.createNativeQuery("insert into mail_outbox (recipient, subject, body, created_at, next_attempt_at)"
                        + " values (?1, ?2, ?3, ?4, ?4)")
                .setParameter(1, mail.to())
                .setParameter(2, mail.subject())
                .setParameter(3, mail.body())
                .setParameter(4, now)
                .executeUpdate();
    }

    /** Many mails of one change set, JDBC-batched. */
    void enqueueAll(List<MailMessage> mails, Instant now) {
        if (mails.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into mail_outbox (recipient,"
                    + " subject, body, created_at, next_attempt_at) values (?, ?, ?, ?, ?)")) {
                Timestamp at = Timestamp.from(now);
                for (int i = 0; i < mails.size(); i++) {
                    MailMessage mail = mails.get(i);
                    insert.setString(1, mail.to());
                    insert.setString(2, mail.subject());
                    insert.setString(3, mail.body());
                    insert.setTimestamp(4, at);
                    insert.setTimestamp(5, at);
                    insert.addBatch();
                    if ((i + 1) % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
    }

    /**
     * Up to {@code limit} mails due at {@code now}, after {@code after} in claim order (due time, then id) when
     * given, locked until the caller's transaction ends: the caller sends them and marks each in that transaction,
     * one write per mail. Rows another instance holds are skipped; a sender that dies mid-batch releases its rows
     * unmarked, to be sent again.
     */
    public List<ClaimedMail> lockDue(Instant now, int limit, Optional<QueuePosition> after) {
        var query = em.createNativeQuery("select id, recipient, subject, body, attempts + 1, next_attempt_at"
                        + " from mail_outbox where sent_at is null and next_attempt_at <= ?1"
                        + (after.isPresent() ? " and (next_attempt_at, id) > (?3, ?4)" : "")
                        + " order by next_attempt_at, id limit ?2 for update skip locked")
                .setParameter(1, now)
                .setParameter(2, limit);
        after.ifPresent(position -> query.setParameter(3, position.dueAt()).setParameter(4, position.id()));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(row -> new ClaimedMail(
                        ((Number) row[0]).longValue(),
                        new MailMessage((String) row[1], (String) row[2], (String) row[3]),
                        ((Number) row[4]).intValue(),
                        NativeValues.instant(row[5])))
                .toList();
    }

    /** Marks locked mails sent, counting the attempt that sent them. */
    public void markSent(List<Long> ids, Instant at) {
        em.createNativeQuery("update mail_outbox set sent_at = ?2, attempts = attempts + 1, next_attempt_at = null,"
                        + " last_error = null where id = any(?1)")
                .setParameter(1, ids.toArray(Long[]::new))
                .setParameter(2, at)
                .executeUpdate();
    }

    /** Records a locked mail's failed attempt; {@code retryAt} null gives the mail up. */
    public void markFailed(long id, String error, Instant retryAt) {
        em.createNativeQuery("update mail_outbox set attempts = attempts + 1, last_error = ?2, next_attempt_at = ?3"
                        + " where id = ?1")
                .setParameter(1, id)
                .setParameter(2, error)
                .setParameter(3, retryAt)
                .executeUpdate();
    }

    /** A mail locked for sending, how many attempts it has had with this one, and when it was due. */
    public record ClaimedMail(long id, MailMessage mail, int attempts, Instant dueAt) {
        /** Where it stands in claim order. */
        public QueuePosition position() {
            return new QueuePosition(dueAt, id);
        }
    }

    /** A mail's place in claim order: due time, then id. */
    public record QueuePosition(Instant dueAt, long id) {}
}
