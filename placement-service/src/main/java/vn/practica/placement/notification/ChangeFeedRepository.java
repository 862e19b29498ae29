package vn.practica.placement.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/** The per-party change feed: appended with each audited change, read by one recipient after a position. */
@ApplicationScoped
public class ChangeFeedRepository {
    private static final int BATCH = 1000;

    private final EntityManager em;

    ChangeFeedRepository(EntityManager em) {
        this.em = em;
    }

    public void append(Recipient recipient, Notice notice) {
        em.createNativeQuery("insert into change_feed (recipient_kind, recipient_id, placement_id, action,"
                        + " placement_status, actor_role, at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, recipient.kind().name())
                .setParameter(2, recipient.id())
                .setParameter(3, notice.placementId())
                .setParameter(4, notice.action())
                .setParameter(5, notice.placementStatus())
                .setParameter(6, notice.actorRole())
                .setParameter(7, notice.at())
                .executeUpdate();
    }

    /** Every recipient's row of every publication, JDBC-batched. */
    void appendAll(List<NotificationService.Publication> publications) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into change_feed (recipient_kind,"
                    + " recipient_id, placement_id, action, placement_status, actor_role, at)"
                    + " values (?, ?, ?, ?, ?, ?, ?)")) {
                int rows = 0;
                for (NotificationService.Publication publication : publications) {
                    Notice notice = publication.notice();
                    for (Recipient recipient : publication.recipients()) {
                        insert.setString(1, recipient.kind().name());
                        insert.setObject(2, recipient.id());
                        insert.setObject(3, notice.placementId());
                        insert.setString(4, notice.action());
                        insert.setString(5, notice.placementStatus());
                        insert.setString(6, notice.actorRole());
                        insert.setTimestamp(7, Timestamp.from(notice.at()));
                        insert.addBatch();
                        if (++rows % BATCH == 0) {
                            insert.executeBatch();
                        }
                    }
                }
                insert.executeBatch();
            }
        });
    }

    /** Up to {@code limit} of the recipient's rows after position {@code after}, in the order they were written. */
    public List<FeedChange> after(Recipient recipient, long after, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, placement_id, action, placement_status, actor_role, at"
                        + " from change_feed where recipient_kind = ?1 and recipient_id = ?2 and id > ?3"
                        + " order by id limit ?4")
                .setParameter(1, recipient.kind().name())
                .setParameter(2, recipient.id())
                .setParameter(3, after)
                .setParameter(4, limit)
                .getResultList();
        return rows.stream()
                .map(row -> new FeedChange(
                        ((Number) row[0]).longValue(),
                        new Notice((UUID) row[1], (String) row[2], (String) row[3], (String) row[4], instant(row[5]))))
                .toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return value instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) value;
    }
}
