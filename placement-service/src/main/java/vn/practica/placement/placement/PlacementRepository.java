package vn.practica.placement.placement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.practica.platform.jdbc.CopyInserts;

/** Placements by id, by offer, and as lists of one holder (a business, a school, a student), newest first. */
@ApplicationScoped
public class PlacementRepository {
    /** Which column a list is of. */
    enum Holder {
        BUSINESS("businessId"),
        SCHOOL("schoolId"),
        STUDENT("studentId");

        private final String member;

        Holder(String member) {
            this.member = member;
        }
    }

    private final EntityManager em;
    private final CopyInserts rows;

    PlacementRepository(EntityManager em, CopyInserts rows) {
        this.em = em;
        this.rows = rows;
    }

    public Optional<Placement> byId(UUID id) {
        return Optional.ofNullable(em.find(Placement.class, id));
    }

    /** Reads the placement again under a row lock until the transaction ends (after its offer's lock). */
    public void relock(Placement placement) {
        em.refresh(placement, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The offer's placements that still run, locked until the transaction ends. */
    public List<Placement> liveOfOfferForUpdate(UUID offerId) {
        return em.createQuery(
                        "from Placement where offerId = :offer and status in :live order by createdAt, id",
                        Placement.class)
                .setParameter("offer", offerId)
                .setParameter("live", List.of(PlacementStatus.PROPOSED, PlacementStatus.AGREED, PlacementStatus.ACTIVE))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /**
     * Up to {@code limit} AGREED placements whose start day is {@code today} or earlier, locked until the
     * transaction ends; rows another transaction holds are skipped, so instances sweeping at once share the work.
     */
    public List<Placement> dueToStartForUpdate(LocalDate today, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery(
                        "select id from placement where status = 'AGREED' and starts_on <= ?1"
                                + " order by starts_on, id limit ?2 for update skip locked",
                        UUID.class)
                .setParameter(1, today)
                .setParameter(2, limit)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("from Placement where id in :ids order by startsOn, id", Placement.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** Up to {@code limit} of the holder's placements, newest first, after {@code after} when given. */
    public List<Placement> page(Holder holder, UUID holderId, Optional<ListPosition> after, int limit) {
        String position = after.isPresent() ? " and (createdAt < :at or (createdAt = :at and id < :id))" : "";
        var query = em.createQuery(
                        "from Placement where " + holder.member + " = :holder" + position
                                + " order by createdAt desc, id desc",
                        Placement.class)
                .setParameter("holder", holderId)
                .setMaxResults(limit);
        after.ifPresent(p -> query.setParameter("at", p.createdAt()).setParameter("id", p.id()));
        return query.getResultList();
    }

    /** Up to {@code limit} of the holder's placements in {@code statuses}, newest first. */
    public List<Placement> ofHolderIn(Holder holder, UUID holderId, List<PlacementStatus> statuses, int limit) {
        return em.createQuery(
                        "from Placement where " + holder.member + " = :holder and status in :statuses"
                                + " order by createdAt desc, id desc",
                        Placement.class)
                .setParameter("holder", holderId)
                .setParameter("statuses", statuses)
                .setMaxResults(limit)
                .getResultList();
    }

    public void persist(Placement placement) {
        em.persist(placement);
    }

    /** Writes what was persisted so far, before SQL that refers to it runs outside Hibernate. */
    public void flush() {
        em.flush();
    }

    /**
     * Inserts new placements in one COPY, bypassing the persistence context (no snapshot, no dirty check): a
     * matching round writes hundreds of thousands, a few thousand per transaction.
     */
    public void insertAll(List<Placement> placements) {
        rows.insertAll(placements);
    }
}
