package vn.practica.catalog.curriculum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A school's programmes and courses, loaded a batch at a time by sourcedId (one query, not one per row). */
@ApplicationScoped
public class CurriculumRepository {
    private final EntityManager em;

    CurriculumRepository(EntityManager em) {
        this.em = em;
    }

    public Map<String, Program> programsBySourcedId(UUID schoolId, Collection<String> sourcedIds) {
        List<Program> found = em.createQuery(
                        "from Program where schoolId = :school and sourcedId in :ids", Program.class)
                .setParameter("school", schoolId)
                .setParameter("ids", sourcedIds)
                .getResultList();
        return found.stream().collect(Collectors.toMap(Program::sourcedId, Function.identity()));
    }

    /**
     * Courses changed at or after {@code since} and after the keyset position {@code (afterTime, afterId)},
     * oldest first, changed before {@code settledBefore}.
     */
    public List<Course> coursesChangedSince(
            Instant since, Instant afterTime, UUID afterId, Instant settledBefore, Optional<UUID> schoolId, int limit) {
        String school = schoolId.isPresent() ? " and schoolId = :school" : "";
        var query = em.createQuery(
                        "from Course where updatedAt >= :since and updatedAt < :settled"
                                + " and (updatedAt > :afterTime or (updatedAt = :afterTime and id > :afterId))" + school
                                + " order by updatedAt, id",
                        Course.class)
                .setParameter("since", since)
                .setParameter("settled", settledBefore)
                .setParameter("afterTime", afterTime)
                .setParameter("afterId", afterId)
                .setMaxResults(limit);
        schoolId.ifPresent(id -> query.setParameter("school", id));
        return query.getResultList();
    }

    /**
     * When the oldest transaction that has written to this database began. A course's {@code updatedAt} is
     * taken after its transaction began, so rows newer than this may still be invisible to readers. Needs
     * the same database role as the writers (or pg_read_all_stats) to see their {@code backend_xid}.
     */
    public Optional<Instant> oldestWriteInProgress() {
        Instant start = (Instant) em.createNativeQuery(
                        "select min(xact_start) from pg_stat_activity"
                                + " where backend_xid is not null and datname = current_database()"
                                + " and pid <> pg_backend_pid()",
                        Instant.class)
                .getSingleResult();
        return Optional.ofNullable(start);
    }

    /**
     * Which of these CASE identifiers are competency items we hold, locked (KEY SHARE) until the transaction
     * ends so a concurrent import cannot remove an item this transaction links to.
     */
    public void persist(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }
}
