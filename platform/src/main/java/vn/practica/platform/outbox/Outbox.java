package vn.practica.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/** Writes events into the outbox table inside the caller's transaction, next to the state change. */
@ApplicationScoped
public class Outbox {
    private static final String COLUMNS =
            "insert into outbox_event" + " (id, aggregatetype, aggregateid, type, payload, topic, source, occurred_at)";
    private static final String INSERT = COLUMNS + " values (?1, ?2, ?3, ?4, cast(?5 as jsonb), ?6, ?7, ?8)";
    private static final String BATCH_INSERT = COLUMNS + " values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)";
    private static final int BATCH_SIZE = 500;

    private final EntityManager em;
    private final ObjectMapper json;
    private final OutboxConfig config;

    Outbox(EntityManager em, ObjectMapper json, OutboxConfig config) {
        this.em = em;
        this.json = json;
        this.config = config;
    }

    /** Appends the event; it is published only if the surrounding transaction commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(OutboxEvent event) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery(INSERT)
                .setParameter(1, id)
                .setParameter(2, event.aggregateType())
                .setParameter(3, event.aggregateId())
                .setParameter(4, event.type())
                .setParameter(5, toJson(event.data()))
                .setParameter(6, event.topic())
                .setParameter(7, config.source())
                .setParameter(8, Instant.now())
                .executeUpdate();
        return id;
    }

    /**
     * Appends many events in JDBC batches, in list order. Bulk writers use it because a native query per
     * event makes Hibernate flush the whole persistence context before each one (quadratic in the batch).
     * The rows are visible to the transaction at once; managed entities are flushed later as usual.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendAll(List<OutboxEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(BATCH_INSERT)) {
                for (int i = 0; i < events.size(); i++) {
                    bind(insert, events.get(i), now);
                    insert.addBatch();
                    if ((i + 1) % BATCH_SIZE == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
    }

    private void bind(PreparedStatement insert, OutboxEvent event, Timestamp now) throws SQLException {
        insert.setObject(1, UUID.randomUUID());
        insert.setString(2, event.aggregateType());
        insert.setString(3, event.aggregateId());
        insert.setString(4, event.type());
        insert.setString(5, toJson(event.data()));
        insert.setString(6, event.topic());
        insert.setString(7, config.source());
        insert.setTimestamp(8, now);
    }

    private String toJson(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data is not serializable: " + data.getClass(), e);
        }
    }
}
