package vn.practica.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** Writes events into the outbox table inside the caller's transaction, next to the state change. */
@ApplicationScoped
public class Outbox {
    private static final String INSERT = "insert into outbox_event"
            + " (id, aggregatetype, aggregateid, type, payload, topic, source, occurred_at)"
            + " values (?1, ?2, ?3, ?4, cast(?5 as jsonb), ?6, ?7, ?8)";

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

    private String toJson(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data is not serializable: " + data.getClass(), e);
        }
    }
}
