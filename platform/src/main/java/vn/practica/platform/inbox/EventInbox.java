package vn.practica.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;

/** Applies an event at most once: its id is recorded in the same transaction as the handler's writes. */
@ApplicationScoped
public class EventInbox {
    private static final String RECORD = "insert into processed_event (source, event_id, type, event_time)"
            + " values (?1, ?2, ?3, ?4) on conflict do nothing";

    private final EntityManager em;

    EventInbox(EntityManager em) {
        this.em = em;
    }

    /** Runs {@code handler} unless the event was applied before; returns whether it ran. */
    @Transactional
    public boolean applyOnce(IncomingEvent event, Consumer<IncomingEvent> handler) {
        int recorded = em.createNativeQuery(RECORD)
                .setParameter(1, event.source())
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .setParameter(4, event.time())
                .executeUpdate();
        if (recorded == 0) {
            return false;
        }
        handler.accept(event);
        return true;
    }
}
