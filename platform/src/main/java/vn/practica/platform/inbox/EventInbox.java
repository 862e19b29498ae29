package vn.practica.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.Session;

/** Applies an event at most once: its id is recorded in the same transaction as the handler's writes. */
@ApplicationScoped
public class EventInbox {
    private static final String RECORD = "insert into processed_event (source, event_id, type, event_time)"
            + " values (?1, ?2, ?3, ?4) on conflict do nothing";

    /**
     * A batch's ids in one statement; {@code returning} names the ones recorded now, the others were applied before.
     * Sorted, so two transactions recording overlapping batches (a rebuild's replay beside the live consumer) take
     * the rows' locks in one order and wait for each other instead of deadlocking.
     */
    private static final String RECORD_ALL = "insert into processed_event (source, event_id, type, event_time)"
            + " select source, event_id, type, event_time::timestamptz"
            + " from unnest(?::text[], ?::text[], ?::text[], ?::text[]) as batch(source, event_id, type, event_time)"
            + " order by source, event_id on conflict do nothing returning source, event_id";

    private final EntityManager em;

    EventInbox(EntityManager em) {
        this.em = em;
    }

    /** One event of a batch and the change it makes, built before the transaction. */
    public record Pending<C>(IncomingEvent event, C change) {}

    private record Key(String source, String id) {
        static Key of(IncomingEvent event) {
            return new Key(event.source(), event.id());
        }
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

    /**
     * Hands {@code apply} the changes of the events not applied before, in batch order, and records every id, all in
     * one transaction; an event twice in the batch counts once. Returns the events applied now.
     */
    @Transactional
    public <C> List<IncomingEvent> applyBatchOnce(List<Pending<C>> batch, Consumer<List<C>> apply) {
        Set<Key> fresh = recordAll(batch.stream().map(Pending::event).toList());
        List<IncomingEvent> applied = new ArrayList<>();
        List<C> changes = new ArrayList<>();
        for (Pending<C> pending : batch) {
            if (fresh.remove(Key.of(pending.event()))) {
                applied.add(pending.event());
                changes.add(pending.change());
            }
        }
        apply.accept(changes);
        return applied;
    }

    private Set<Key> recordAll(List<IncomingEvent> events) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(RECORD_ALL)) {
                insert.setArray(1, texts(connection, events, IncomingEvent::source));
                insert.setArray(2, texts(connection, events, IncomingEvent::id));
                insert.setArray(3, texts(connection, events, IncomingEvent::type));
                insert.setArray(
                        4,
                        texts(
                                connection,
                                events,
                                e -> e.time() == null ? null : e.time().toString()));
                Set<Key> recorded = new HashSet<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        recorded.add(new Key(rows.getString(1), rows.getString(2)));
                    }
                }
                return recorded;
            }
        });
    }

    private static Array texts(Connection connection, List<IncomingEvent> events, Function<IncomingEvent, String> value)
            throws SQLException {
        return connection.createArrayOf("text", events.stream().map(value).toArray());
    }
}
