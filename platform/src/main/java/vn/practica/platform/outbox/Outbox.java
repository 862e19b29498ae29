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
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import vn.practica.platform.id.TimeOrderedIds;
import vn.practica.platform.tracing.EventTraceContext;

/**
 * Writes events into the outbox table inside the caller's transaction, next to the state change, with the
 * trace context of the span active at that moment (null outside any span), so the event continues its trace.
 */
@ApplicationScoped
public class Outbox {
    private static final String COLUMNS = "insert into outbox_event (id, aggregatetype, aggregateid, type, payload,"
            + " topic, source, occurred_at, traceparent, tracestate)";
    private static final String INSERT = COLUMNS + " values (?1, ?2, ?3, ?4, cast(?5 as jsonb), ?6, ?7, ?8, ?9, ?10)";
    private static final String BATCH_INSERT = COLUMNS + " values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?)";
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
        UUID id = TimeOrderedIds.next();
        Optional<EventTraceContext> trace = EventTraceContext.current();
        em.createNativeQuery(INSERT)
                .setParameter(1, id)
                .setParameter(2, event.aggregateType())
                .setParameter(3, event.aggregateId())
                .setParameter(4, event.type())
                .setParameter(5, toJson(event.data()))
                .setParameter(6, event.topic())
                .setParameter(7, config.source())
                .setParameter(8, Instant.now())
                .setParameter(9, trace.map(EventTraceContext::traceparent).orElse(null))
                .setParameter(10, trace.map(EventTraceContext::tracestate).orElse(null))
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
        Optional<EventTraceContext> trace = EventTraceContext.current();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(BATCH_INSERT)) {
                for (int i = 0; i < events.size(); i++) {
                    bind(insert, events.get(i), now, trace);
                    insert.addBatch();
                    if ((i + 1) % BATCH_SIZE == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
    }

    private void bind(PreparedStatement insert, OutboxEvent event, Timestamp now, Optional<EventTraceContext> trace)
            throws SQLException {
        insert.setObject(1, TimeOrderedIds.next());
        insert.setString(2, event.aggregateType());
        insert.setString(3, event.aggregateId());
        insert.setString(4, event.type());
        insert.setString(5, toJson(event.data()));
        insert.setString(6, event.topic());
        insert.setString(7, config.source());
        insert.setTimestamp(8, now);
        insert.setString(9, trace.map(EventTraceContext::traceparent).orElse(null));
        insert.setString(10, trace.map(EventTraceContext::tracestate).orElse(null));
    }

    private String toJson(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data is not serializable: " + data.getClass(), e);
        }
    }
}
