package vn.practica.placement.student;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A school's students, read a batch at a time by sourcedId (one query, not one per row). */
@ApplicationScoped
public class StudentRepository {
    /** Namespace of the advisory locks that serialize one school's registrations. */
    private static final int REGISTRATION_LOCKS = 0x5754;

    private final EntityManager em;

    StudentRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Waits for the school's other registrations to commit, until this transaction ends: two batches of one
     * school never interleave, so versions and events follow each other.
     */
    public void lockSchool(UUID schoolId) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1, hashtext(?2))) as locked")
                .setParameter(1, REGISTRATION_LOCKS)
                .setParameter(2, schoolId.toString())
                .getSingleResult();
    }

    /** The school's students with sourcedIds in an array, locked; package-private for its plan's test. */
    static final String BY_SOURCED_IDS_FOR_UPDATE =
            "select * from student where school_id = ?1 and sourced_id = any(?2) for update";

    /**
     * The school's students with these sourcedIds, locked until the transaction ends (a profile edit waits). The
     * ids go as one array: as a list of up to 1,000 parameters, the prepared statement's generic plan (used from
     * its sixth run on) built the list for every row of the school and filtered, 301 ms against 1.8 ms for 1,000 of
     * a 10,000-student school (bench/matching/student-lookup-plan.sql); a national registration's set-up spent most of its time there.
     */
    public Map<String, Student> bySourcedIdForUpdate(UUID schoolId, Collection<String> sourcedIds) {
        if (sourcedIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Student> students = em.createNativeQuery(BY_SOURCED_IDS_FOR_UPDATE, Student.class)
                .setParameter(1, schoolId)
                .setParameter(2, sourcedIds.toArray(String[]::new))
                .getResultList();
        return students.stream().collect(Collectors.toMap(Student::sourcedId, Function.identity()));
    }

    /** Which student, of any school, each of these login subjects is tied to. */
    public Map<String, UUID> holdersOfLoginSubjects(Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return Map.of();
        }
        return em
                .createQuery("select loginSubject, id from Student where loginSubject in :subjects", Object[].class)
                .setParameter("subjects", subjects)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (UUID) row[1]));
    }

    public List<Student> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("from Student where id in :ids", Student.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    public Optional<Student> byLoginSubject(String subject) {
        return em.createQuery("from Student where loginSubject = :subject", Student.class)
                .setParameter("subject", subject)
                .getResultStream()
                .findFirst();
    }

    /** The student tied to this login, locked until the transaction ends, for a change of the profile. */
    public Optional<Student> byLoginSubjectForUpdate(String subject) {
        return em.createQuery("from Student where loginSubject = :subject", Student.class)
                .setParameter("subject", subject)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    /**
     * Up to {@code limit} of the school's students in sourcedId order, after the student {@code after} (of the
     * same school) when given.
     */
    public List<Student> page(UUID schoolId, Optional<UUID> after, int limit) {
        String position = after.isPresent()
                ? " and sourcedId > (select a.sourcedId from Student a where a.id = :after and a.schoolId = :school)"
                : "";
        var query = em.createQuery(
                        "from Student where schoolId = :school" + position + " order by sourcedId", Student.class)
                .setParameter("school", schoolId)
                .setMaxResults(limit);
        after.ifPresent(id -> query.setParameter("after", id));
        return query.getResultList();
    }

    public void persist(Student student) {
        em.persist(student);
    }

    public void flush() {
        em.flush();
    }
}
