package vn.practica.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import vn.practica.platform.jdbc.NativeValues;

/**
 * Operators' handle on parked outbox rows: list them, and re-drive them once the cause is fixed (payload
 * corrected, broker limit raised, topic created). A re-driven row is published again before the rows of its
 * aggregate that waited behind it. No REST endpoint on purpose until the operator API is secured.
 */
@ApplicationScoped
@Transactional
public class ParkedEvents {
    private static final String SELECT_PARKED = "select p.id, p.type, p.aggregatetype, p.aggregateid, p.topic,"
            + " p.park_reason, p.parked_at, p.attempts,"
            + " (select count(*) from outbox_event h where h.sent_at is null and h.parked_at is null"
            + " and h.topic = p.topic and h.aggregateid = p.aggregateid and h.seq > p.seq)"
            + " from outbox_parked k join outbox_event p on p.id = k.id order by p.seq";
    private static final String UNPARK = "update outbox_event set parked_at = null where parked_at is not null";

    private final EntityManager em;

    ParkedEvents(EntityManager em) {
        this.em = em;
    }

    /** Every parked row, oldest first. */
    public List<ParkedEvent> list() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT_PARKED).getResultList();
        return rows.stream().map(ParkedEvents::toParked).toList();
    }

    /** Un-parks one row; false when it is not parked. */
    public boolean redrive(UUID id) {
        int unparked = em.createNativeQuery(UNPARK + " and id = ?1")
                .setParameter(1, id)
                .executeUpdate();
        return wakeRelay(unparked) == 1;
    }

    /** Un-parks every parked row of one aggregate (the topic and key its events are published with). */
    public int redriveAggregate(String topic, String aggregateId) {
        return wakeRelay(em.createNativeQuery(
                        UNPARK + " and id in (select id from outbox_parked where topic = ?1 and aggregateid = ?2)")
                .setParameter(1, topic)
                .setParameter(2, aggregateId)
                .executeUpdate());
    }

    /** The insert trigger does not fire on updates; notify so the relay publishes at commit, not at its next poll. */
    private int wakeRelay(int unparked) {
        if (unparked > 0) {
            em.createNativeQuery("select pg_notify('practica_outbox', '')").getSingleResult();
        }
        return unparked;
    }

    private static ParkedEvent toParked(Object[] row) {
        return new ParkedEvent(
                (UUID) row[0],
                (String) row[1],
                (String) row[2],
                (String) row[3],
                (String) row[4],
                (String) row[5],
                NativeValues.instant(row[6]),
                ((Number) row[7]).intValue(),
                ((Number) row[8]).longValue());
    }
}
