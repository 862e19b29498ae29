package vn.practica.placement.placement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/** A placement's audit trail: appended to, and read in the order it was written. */
@ApplicationScoped
public class PlacementAuditRepository {
    private static final int BATCH = 1000;
    private final EntityManager em;

    PlacementAuditRepository(EntityManager em) {
        this.em = em;
    }

    public void append(PlacementAuditEntry entry) {
        em.persist(entry);
    }

    /**
     * The PROPOSED entry of many placements a round's run proposed, by the system, in JDBC batches: the entity's
     * identity key would make Hibernate insert them one round trip at a time.
     */
    public void appendRoundProposals(List<UUID> placementIds, Instant at, long agreementVersion) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into placement_audit (placement_id,"
                    + " at, actor_role, actor_subject, action, placement_status, agreement_version, changes)"
                    + " values (?, ?, 'SYSTEM', null, 'PROPOSED', 'PROPOSED', ?, '[]'::jsonb)")) {
                Timestamp time = Timestamp.from(at);
                for (int i = 0; i < placementIds.size(); i++) {
                    insert.setObject(1, placementIds.get(i));
                    insert.setTimestamp(2, time);
                    insert.setLong(3, agreementVersion);
                    insert.addBatch();
                    if ((i + 1) % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
    }

    /** Up to {@code limit} entries of the placement after the entry {@code after} (0: from the first). */
    public List<PlacementAuditEntry> page(UUID placementId, long after, int limit) {
        return em.createQuery(
                        "from PlacementAuditEntry where placementId = :placement and id > :after order by id",
                        PlacementAuditEntry.class)
                .setParameter("placement", placementId)
                .setParameter("after", after)
                .setMaxResults(limit)
                .getResultList();
    }
}
