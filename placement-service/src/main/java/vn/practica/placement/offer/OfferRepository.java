package vn.practica.placement.offer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;

/** A business's offers by its own externalRef, and any offer by id. */
@ApplicationScoped
public class OfferRepository {
    /** Namespace of the advisory locks that serialize one business's upserts. */
    private static final int UPSERT_LOCKS = 0x4f46;

    private final EntityManager em;

    OfferRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Waits for the business's other upserts to commit, until this transaction ends: two batches never
     * interleave (no deadlock between their row locks), and two creations of one externalRef follow each other.
     */
    public void lockBusiness(UUID businessId) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1, hashtext(?2))) as locked")
                .setParameter(1, UPSERT_LOCKS)
                .setParameter(2, businessId.toString())
                .getSingleResult();
    }

    /**
     * The business's offers with these externalRefs, locked until the transaction ends. Native SQL: the same
     * query in JPQL with an {@code in} list is translated anew on every call (Hibernate caches no translation of
     * a list parameter), which cost an eighth of a single upsert's CPU (docs/benchmarks.md).
     */
    @SuppressWarnings("unchecked")
    public Map<String, Offer> byExternalRefForUpdate(UUID businessId, Collection<String> externalRefs) {
        if (externalRefs.isEmpty()) {
            return Map.of();
        }
        List<Offer> rows = em.createNativeQuery(
                        "select * from offer where business_id = ?1 and external_ref = any(?2) for update", Offer.class)
                .setParameter(1, businessId)
                .setParameter(2, externalRefs.toArray(String[]::new))
                .getResultList();
        return rows.stream().collect(Collectors.toMap(Offer::externalRef, Function.identity()));
    }

    public Optional<Offer> byExternalRef(UUID businessId, String externalRef) {
        return byExternalRef(businessId, externalRef, LockModeType.NONE);
    }

    /** The offer locked until the transaction ends, for a change of its status. */
    public Optional<Offer> byExternalRefForUpdate(UUID businessId, String externalRef) {
        return byExternalRef(businessId, externalRef, LockModeType.PESSIMISTIC_WRITE);
    }

    private Optional<Offer> byExternalRef(UUID businessId, String externalRef, LockModeType lock) {
        return em.createQuery("from Offer where businessId = :business and externalRef = :ref", Offer.class)
                .setParameter("business", businessId)
                .setParameter("ref", externalRef)
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    public Optional<Offer> byId(UUID id) {
        return Optional.ofNullable(em.find(Offer.class, id));
    }

    /**
     * The offer, read under a lock until the transaction ends: {@code PESSIMISTIC_READ} (PostgreSQL's
     * {@code for share}) lets others read and apply alongside but waits for a cancellation or a seat change;
     * {@code PESSIMISTIC_WRITE} waits for every other lock. Callers lock before anything else reads the offer in
     * their transaction, so the row read is the one locked.
     */
    public Optional<Offer> byIdLocked(UUID id, LockModeType lock) {
        return Optional.ofNullable(em.find(Offer.class, id, lock));
    }

    /** The offers with these ids that exist, in no particular order. */
    public List<Offer> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("from Offer where id in :ids", Offer.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /**
     * The seat rule: takes one seat if one is free, in one statement, so no two transactions ever take the last
     * seat (the second waits for the first's row lock, then finds the seats taken); false when the offer is full.
     */
    public boolean takeSeat(UUID id) {
        return em.createNativeQuery("update offer set seats_taken = seats_taken + 1 where id = ?1"
                                + " and seats_taken < seats")
                        .setParameter(1, id)
                        .executeUpdate()
                == 1;
    }

    /**
     * Takes {@code counts[i]} seats of offer {@code ids[i]}, of each all or none, in one statement: a round takes
     * thousands of offers' seats, and a native query per offer made Hibernate check every entity of the
     * persistence context for changes before each (quadratic, 8.8 s of CPU for 4,000 offers).
     */
    public Set<UUID> takeSeats(UUID[] ids, int[] counts) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement update = c.prepareStatement("update offer o set seats_taken = o.seats_taken + t.n"
                    + " from unnest(?, ?) as t (id, n) where o.id = t.id and o.seats_taken + t.n <= o.seats"
                    + " returning o.id")) {
                update.setArray(1, c.createArrayOf("uuid", ids));
                update.setArray(
                        2, c.createArrayOf("int4", Arrays.stream(counts).boxed().toArray()));
                Set<UUID> taken = new HashSet<>();
                try (ResultSet rows = update.executeQuery()) {
                    while (rows.next()) {
                        taken.add(rows.getObject(1, UUID.class));
                    }
                }
                return taken;
            }
        });
    }

    /** The offer's seats and how many are taken, as committed now; read without loading or locking the offer. */
    public Optional<OfferSeats> seats(UUID id) {
        List<?> rows = em.createNativeQuery("select seats, seats_taken from offer where id = ?1")
                .setParameter(1, id)
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return new OfferSeats(((Number) columns[0]).intValue(), ((Number) columns[1]).intValue());
        });
    }

    /** Frees seats of ended placements; the check constraint refuses going below zero. */
    public void freeSeats(UUID id, int count) {
        em.createNativeQuery("update offer set seats_taken = seats_taken - ?2 where id = ?1")
                .setParameter(1, id)
                .setParameter(2, count)
                .executeUpdate();
    }

    /** Up to {@code limit} of the business's offers in externalRef order, after {@code afterRef} when given. */
    public List<Offer> page(UUID businessId, Optional<OfferStatus> status, Optional<String> afterRef, int limit) {
        String where = "businessId = :business"
                + status.map(s -> " and status = :status").orElse("")
                + afterRef.map(r -> " and externalRef > :after").orElse("");
        var query = em.createQuery("from Offer where " + where + " order by externalRef", Offer.class)
                .setParameter("business", businessId)
                .setMaxResults(limit);
        status.ifPresent(s -> query.setParameter("status", s));
        afterRef.ifPresent(r -> query.setParameter("after", r));
        return query.getResultList();
    }

    public void persist(Offer offer) {
        em.persist(offer);
    }

    public void flush() {
        em.flush();
    }

    /** Writes the offer's pending changes, then reads it again: columns changed by statements show. */
    public void reread(Offer offer) {
        em.flush();
        em.refresh(offer);
    }
}
