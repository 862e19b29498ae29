package vn.practica.placement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.practica.placement.placement.ListPosition;
import vn.practica.platform.jdbc.CopyInserts;

/** Applications by id, by applicant and offer, as lists newest first, and those the sweep and cancellations end. */
@ApplicationScoped
public class ApplicationRepository {
    /** Whose list: the column it is kept by. */
    enum Owner {
        BUSINESS("businessId"),
        SCHOOL("schoolId"),
        STUDENT("studentId");

        private final String member;

        Owner(String member) {
            this.member = member;
        }
    }

    /** One list's filters: whose, optionally of one offer and one status as it stands {@code today}. */
    record Filter(
            Owner owner, UUID ownerId, Optional<UUID> offerId, Optional<ApplicationStatus> status, LocalDate today) {}

    /** Namespace of the advisory locks that serialize one applicant's applications to one offer. */
    private static final int APPLY_LOCKS = 0x4150;

    private final EntityManager em;
    private final CopyInserts rows;

    ApplicationRepository(EntityManager em, CopyInserts rows) {
        this.em = em;
        this.rows = rows;
    }

    /**
     * Waits for the applicant's other application to the offer to commit, until this transaction ends: two
     * submissions at once (a double click, a retry without a key) are one application and one
     * {@code already-applied}, not a unique-index failure.
     */
    public void lockApplicant(UUID offerId, String applicant) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1, hashtext(?2))) as locked")
                .setParameter(1, APPLY_LOCKS)
                .setParameter(2, offerId + "/" + applicant)
                .getSingleResult();
    }

    public Optional<Application> byId(UUID id) {
        return Optional.ofNullable(em.find(Application.class, id));
    }

    /** The application, locked until the transaction ends, for a move. */
    public Optional<Application> byIdForUpdate(UUID id) {
        return Optional.ofNullable(em.find(Application.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** Reads the application again under a row lock until the transaction ends (after its offer's lock). */
    public void relock(Application application) {
        em.refresh(application, LockModeType.PESSIMISTIC_WRITE);
    }

    public boolean existsForStudent(UUID offerId, UUID studentId) {
        return !em.createQuery("select 1 from Application where offerId = :offer and studentId = :student")
                .setParameter("offer", offerId)
                .setParameter("student", studentId)
                .getResultList()
                .isEmpty();
    }

    public boolean existsForCourse(UUID offerId, UUID schoolId, String courseSourcedId) {
        return !em.createQuery("select 1 from Application where offerId = :offer and schoolId = :school"
                        + " and courseSourcedId = :course")
                .setParameter("offer", offerId)
                .setParameter("school", schoolId)
                .setParameter("course", courseSourcedId)
                .getResultList()
                .isEmpty();
    }

    /** The offer's applications still in play, locked until the transaction ends. */
    public List<Application> openOfOfferForUpdate(UUID offerId) {
        return em.createQuery(
                        "from Application where offerId = :offer and status in :open order by createdAt, id",
                        Application.class)
                .setParameter("offer", offerId)
                .setParameter(
                        "open",
                        List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.SHORTLISTED, ApplicationStatus.OFFERED))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /**
     * Up to {@code limit} offered applications whose respondBy day is before {@code today}, locked until the
     * transaction ends; rows another transaction holds (an acceptance, another instance's sweep) are skipped.
     */
    public List<Application> overdueOffersForUpdate(LocalDate today, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery(
                        "select id from application where status = 'OFFERED' and respond_by < ?1"
                                + " order by respond_by, id limit ?2 for update skip locked",
                        UUID.class)
                .setParameter(1, today)
                .setParameter(2, limit)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("from Application where id in :ids order by respondBy, id", Application.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** Up to {@code limit} applications of the filter's owner, newest first, after {@code after} when given. */
    public List<Application> page(Filter filter, Optional<ListPosition> after, int limit) {
        List<String> where = new ArrayList<>();
        where.add(filter.owner().member + " = :owner");
        filter.offerId().ifPresent(o -> where.add("offerId = :offer"));
        filter.status().ifPresent(s -> where.add(statusCondition(s)));
        after.ifPresent(p -> where.add("(createdAt < :at or (createdAt = :at and id < :id))"));
        var query = em.createQuery(
                        "from Application where " + String.join(" and ", where) + " order by createdAt desc, id desc",
                        Application.class)
                .setParameter("owner", filter.ownerId())
                .setMaxResults(limit);
        filter.offerId().ifPresent(o -> query.setParameter("offer", o));
        filter.status().ifPresent(s -> {
            query.setParameter("status", s);
            if (s == ApplicationStatus.OFFERED || s == ApplicationStatus.EXPIRED) {
                query.setParameter("today", filter.today());
            }
            if (s == ApplicationStatus.EXPIRED) {
                query.setParameter("offered", ApplicationStatus.OFFERED);
            }
        });
        after.ifPresent(p -> query.setParameter("at", p.createdAt()).setParameter("id", p.id()));
        return query.getResultList();
    }

    /** A status as it stands today: an offer past its respondBy day counts as expired, not as offered. */
    private static String statusCondition(ApplicationStatus status) {
        return switch (status) {
            case OFFERED -> "status = :status and respondBy >= :today";
            case EXPIRED -> "(status = :status or (status = :offered and respondBy < :today))";
            default -> "status = :status";
        };
    }

    public void persist(Application application) {
        em.persist(application);
    }

    public void flush() {
        em.flush();
    }

    /**
     * Inserts new applications in one COPY, bypassing the persistence context (no snapshot, no dirty check): a
     * matching round writes hundreds of thousands, a few thousand per transaction.
     */
    public void insertAll(List<Application> applications) {
        rows.insertAll(applications);
    }
}
