package vn.practica.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/** Writes events into the outbox table inside the caller's transaction, next to the state change. */
@ApplicationScoped
public class Outbox {
    private static final String INSERT = "insert into outbox_event"
            + " (id, aggregatetype, aggregateid, type, payload, topic, source, occurred_at)"
            + " values (?1, ?2, ?3, ?4, cast(?5 as jsonb), ?6, ?7, ?8)";

    private static final String JDBC_INSERT = "insert into outbox_event"
            + " (id, aggregatetype, aggregateid, type, payload, topic, source, occurred_at)"
            + " values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)";
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
     * Appends many events in JDBC batches, in order, inside the caller's transaction: one statement per event
     * costs a round trip each, which a bulk import of tens of thousands of rows cannot afford.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendAll(List<OutboxEvent> events) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(JDBC_INSERT)) {
                int pending = 0;
                for (OutboxEvent event : events) {
                    bind(insert, event);
                    insert.addBatch();
                    if (++pending == BATCH_SIZE) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        });
    }

    private void bind(PreparedStatement insert, OutboxEvent event) throws SQLException {
        insert.setObject(1, UUID.randomUUID());
        insert.setString(2, event.aggregateType());
        insert.setString(3, event.aggregateId());
        insert.setString(4, event.type());
        insert.setString(5, toJson(event.data()));
        insert.setString(6, event.topic());
        insert.setString(7, config.source());
        insert.setObject(8, OffsetDateTime.now(ZoneOffset.UTC));
    }

    private String toJson(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data is not serializable: " + data.getClass(), e);
        }
    }
}
