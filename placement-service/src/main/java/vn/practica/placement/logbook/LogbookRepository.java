package vn.practica.placement.logbook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.practica.placement.placement.ListPosition;

/**
 * Logbook entries and each placement's approved total. Writers lock the placement first, so the day's hours and
 * the totals they read are every committed entry's.
 */
@ApplicationScoped
public class LogbookRepository {
    private final EntityManager em;

    LogbookRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<LogbookEntry> entry(UUID placementId, UUID entryId) {
        return Optional.ofNullable(em.find(LogbookEntry.class, entryId))
                .filter(entry -> entry.placementId().equals(placementId));
    }

    public void persist(LogbookEntry entry) {
        em.persist(entry);
    }

    /** Hours of the placement's entries of {@code date}, whatever their status, but {@code except}'s. */
    public BigDecimal hoursOfDay(UUID placementId, LocalDate date, UUID except) {
        BigDecimal sum = em.createQuery(
                        "select coalesce(sum(e.hours), 0) from LogbookEntry e where e.placementId = :placement"
                                + " and e.workDate = :date and e.id <> :except",
                        BigDecimal.class)
                .setParameter("placement", placementId)
                .setParameter("date", date)
                .setParameter("except", except)
                .getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    /** Up to {@code limit} entries of the placement, newest first, in {@code status} when given. */
    public List<LogbookEntry> page(
            UUID placementId, Optional<EntryStatus> status, Optional<ListPosition> after, int limit) {
        String position = after.isPresent() ? " and (createdAt < :at or (createdAt = :at and id < :id))" : "";
        String filter = status.isPresent() ? " and status = :status" : "";
        var query = em.createQuery(
                        "from LogbookEntry where placementId = :placement" + filter + position
                                + " order by createdAt desc, id desc",
                        LogbookEntry.class)
                .setParameter("placement", placementId)
                .setMaxResults(limit);
        status.ifPresent(s -> query.setParameter("status", s));
        after.ifPresent(p -> query.setParameter("at", p.createdAt()).setParameter("id", p.id()));
        return query.getResultList();
    }

    /** How many of the placement's entries are in each status. */
    public Map<EntryStatus, Long> countsByStatus(UUID placementId) {
        Map<EntryStatus, Long> counts = new LinkedHashMap<>();
        for (EntryStatus status : EntryStatus.values()) {
            counts.put(status, 0L);
        }
        em.createQuery(
                        "select e.status, count(e) from LogbookEntry e where e.placementId = :placement"
                                + " group by e.status",
                        Object[].class)
                .setParameter("placement", placementId)
                .getResultList()
                .forEach(row -> counts.put((EntryStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** Hours of the placement's entries in {@code status}. */
    public BigDecimal hoursIn(UUID placementId, EntryStatus status) {
        BigDecimal sum = em.createQuery(
                        "select coalesce(sum(e.hours), 0) from LogbookEntry e where e.placementId = :placement"
                                + " and e.status = :status",
                        BigDecimal.class)
                .setParameter("placement", placementId)
                .setParameter("status", status)
                .getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    /** Approved hours per competency item practised: an entry's hours count for each item it names. */
    public Map<UUID, BigDecimal> approvedHoursByItem(UUID placementId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select item, sum(hours) from logbook_entry,"
                        + " unnest(item_ids) as item where placement_id = ?1 and status = 'APPROVED' group by item")
                .setParameter(1, placementId)
                .getResultList();
        Map<UUID, BigDecimal> byItem = new LinkedHashMap<>();
        rows.forEach(row -> byItem.put((UUID) row[0], (BigDecimal) row[1]));
        return byItem;
    }

    public Optional<Logbook> logbook(UUID placementId) {
        return Optional.ofNullable(em.find(Logbook.class, placementId));
    }

    public Logbook logbookForApproval(UUID placementId) {
        return logbook(placementId).orElseGet(() -> {
            Logbook logbook = Logbook.open(placementId);
            em.persist(logbook);
            return logbook;
        });
    }
}
