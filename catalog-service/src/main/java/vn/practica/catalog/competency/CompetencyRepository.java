package vn.practica.catalog.competency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Competency frameworks with their items and associations. A framework's rows are loaded one query per
 * table, never one per row: a framework can have thousands of items.
 */
@ApplicationScoped
public class CompetencyRepository {
    /** Inserts and updates of one import are sent to PostgreSQL in JDBC batches of this size. */
    private static final int BATCH_SIZE = 500;

    private final EntityManager em;

    CompetencyRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<CompetencyFramework> findFramework(UUID id) {
        return Optional.ofNullable(em.find(CompetencyFramework.class, id));
    }

    /** Locks the framework so two imports of it apply one after the other, with strictly ordered versions. */
    public Optional<CompetencyFramework> findFrameworkForUpdate(UUID id) {
        return Optional.ofNullable(em.find(CompetencyFramework.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<CompetencyFramework> listFrameworks(int offset, int limit) {
        return em.createQuery("from CompetencyFramework order by title, id", CompetencyFramework.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public Optional<CompetencyItem> findItem(UUID id) {
        return Optional.ofNullable(em.find(CompetencyItem.class, id));
    }

    public Optional<CompetencyAssociation> findAssociation(UUID id) {
        return Optional.ofNullable(em.find(CompetencyAssociation.class, id));
    }

    public List<CompetencyItem> itemsOf(UUID frameworkId) {
        return em.createQuery(
                        "from CompetencyItem where frameworkId = :fw order by humanCodingScheme nulls last, id",
                        CompetencyItem.class)
                .setParameter("fw", frameworkId)
                .getResultList();
    }

    public List<CompetencyItem> itemsIn(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "from CompetencyItem i where i.id in :ids order by i.humanCodingScheme nulls last, i.id",
                        CompetencyItem.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @SuppressWarnings("unchecked")
    public Set<UUID> lockExistingItems(Set<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<UUID> found = em.createNativeQuery(
                        "select id from competency_item where id = any(?1) for key share", UUID.class)
                .setParameter(1, ids.toArray(UUID[]::new))
                .getResultList();
        return Set.copyOf(found);
    }

    public List<CompetencyAssociation> associationsOf(UUID frameworkId) {
        return em.createQuery(
                        "from CompetencyAssociation where frameworkId = :fw"
                                + " order by associationType, originId, sequenceNumber nulls last, id",
                        CompetencyAssociation.class)
                .setParameter("fw", frameworkId)
                .getResultList();
    }

    public Map<UUID, CompetencyItem> itemsById(UUID frameworkId) {
        return byId(itemsOf(frameworkId), CompetencyItem::id);
    }

    public Map<UUID, CompetencyAssociation> associationsById(UUID frameworkId) {
        return byId(associationsOf(frameworkId), CompetencyAssociation::id);
    }

    /** Ids among {@code ids} that are stored as items, associations or documents of other frameworks. */
    public List<UUID> idsTakenOutside(UUID frameworkId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        UUID[] array = ids.toArray(UUID[]::new);
        @SuppressWarnings("unchecked")
        List<UUID> taken = em.createNativeQuery(
                        "select id from competency_item where framework_id <> ?1 and id = any(?2)"
                                + " union select id from competency_association where framework_id <> ?1 and id = any(?2)"
                                + " union select id from competency_framework where id <> ?1 and id = any(?2)",
                        UUID.class)
                .setParameter(1, frameworkId)
                .setParameter(2, array)
                .getResultList();
        return taken;
    }

    /**
     * Items among {@code itemIds} that a course or a field points to, so they may not be removed. Locks the
     * items first: a sync linking one of them holds KEY SHARE until it commits, so its links are visible here.
     */
    public List<UUID> referencedItems(Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        UUID[] array = itemIds.toArray(UUID[]::new);
        em.createNativeQuery("select id from competency_item where id = any(?1) for update")
                .setParameter(1, array)
                .getResultList();
        @SuppressWarnings("unchecked")
        List<UUID> referenced = em.createNativeQuery(
                        "select item_id from course_competency where item_id = any(?1)"
                                + " union select item_id from field_competency where item_id = any(?1)",
                        UUID.class)
                .setParameter(1, array)
                .getResultList();
        return referenced;
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void deleteItems(Collection<UUID> ids) {
        deleteByIds("competency_item", ids);
    }

    public void deleteAssociations(Collection<UUID> ids) {
        deleteByIds("competency_association", ids);
    }

    /** Removes a framework; its items and associations go with it (on delete cascade). */
    public void deleteFramework(UUID id) {
        em.createNativeQuery("delete from competency_framework where id = ?1")
                .setParameter(1, id)
                .executeUpdate();
    }

    /** One statement with an array parameter: a list of 20,000 ids would exceed PostgreSQL's bind limit. */
    private void deleteByIds(String table, Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            em.createNativeQuery("delete from " + table + " where id = any(?1)")
                    .setParameter(1, ids.toArray(UUID[]::new))
                    .executeUpdate();
        }
    }

    /** Sends pending writes in JDBC batches. */
    public void useBatchWrites() {
        em.unwrap(Session.class).setJdbcBatchSize(BATCH_SIZE);
    }

    /**
     * Writes pending changes and detaches every row: the outbox appends that follow run native statements,
     * and each would otherwise dirty-check thousands of managed rows again.
     */
    public void flushAndDetach() {
        em.flush();
        em.clear();
    }

    private static <T> Map<UUID, T> byId(List<T> rows, Function<T, UUID> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
