package vn.practica.placement.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/** The change feed: a row per audited change naming its parties, read by one of them after a position. */
@ApplicationScoped
public class ChangeFeedRepository {
    private static final int BATCH = 1000;

    private static final String COLUMNS = "id, placement_id, action, placement_status, actor_role, at";
    private static final String INSERT = "insert into change_feed (student_id, school_id, business_id, placement_id,"
            + " action, placement_status, actor_role, at) values (?, ?, ?, ?, ?, ?, ?, ?)";

    private final EntityManager em;

    ChangeFeedRepository(EntityManager em) {
        this.em = em;
    }

    /** Flushes first: the change's own pending writes (its placement's row) come before its feed row. */
    public void append(Parties parties, Notice notice) {
        em.flush();
        appendAll(List.of(new NotificationService.Publication(notice, parties, Optional.empty())));
    }

    /** One row per publication, naming its parties, JDBC-batched. */
    void appendAll(List<NotificationService.Publication> publications) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (int i = 0; i < publications.size(); i++) {
                    NotificationService.Publication publication = publications.get(i);
                    Parties parties = publication.parties();
                    Notice notice = publication.notice();
                    insert.setObject(1, parties.studentId());
                    insert.setObject(2, parties.schoolId());
                    insert.setObject(3, parties.businessId());
                    insert.setObject(4, notice.placementId());
                    insert.setString(5, notice.action());
                    insert.setString(6, notice.placementStatus());
                    insert.setString(7, notice.actorRole());
                    insert.setTimestamp(8, Timestamp.from(notice.at()));
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
     * Up to {@code limit} of the recipient's rows after position {@code after}, in the order they were written: a
     * student's by its column, an organization's as the school or the business of the change (each side read in
     * position order by its own index, then merged).
     */
    public List<FeedChange> after(Recipient recipient, long after, int limit) {
        String query = recipient.kind() == Recipient.Kind.STUDENT
                ? "select " + COLUMNS + " from change_feed where student_id = ?1 and id > ?2 order by id limit ?3"
                : "select * from ((select " + COLUMNS + " from change_feed where school_id = ?1 and id > ?2"
                        + " order by id limit ?3) union (select " + COLUMNS + " from change_feed"
                        + " where business_id = ?1 and id > ?2 order by id limit ?3)) mine order by id limit ?3";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(query)
                .setParameter(1, recipient.id())
                .setParameter(2, after)
                .setParameter(3, limit)
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
