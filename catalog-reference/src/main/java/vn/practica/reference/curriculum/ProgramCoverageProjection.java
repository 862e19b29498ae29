package vn.practica.reference.curriculum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.UUID;

/**
 * Keeps {@code program_competency}, the competency items each active programme's active courses teach, in
 * step with the curriculum rows. Changes of one programme's courses arrive on many partitions, so concurrent
 * consumers (scaled-out replicas) first take the programme's lock: whoever recomputes last sees every committed
 * link, and nothing a concurrent change wrote is lost.
 */
@ApplicationScoped
class ProgramCoverageProjection {
    /** Namespace of the advisory locks that serialize the recomputation of one programme's coverage. */
    private static final int COVERAGE_LOCKS = 0x4355;

    private static final String COVERED = "select distinct cp.program_id, cc.item_id"
            + " from curriculum_course_program cp"
            + " join curriculum_course c on c.id = cp.course_id and c.status = 'active'"
            + " join curriculum_course_competency cc on cc.course_id = cp.course_id"
            + " where cp.program_id = ?1"
            + " and exists (select 1 from curriculum_program p where p.id = ?1 and p.status = 'active')";

    private final EntityManager em;

    ProgramCoverageProjection(EntityManager em) {
        this.em = em;
    }

    /**
     * Takes the programmes' locks until the transaction ends, in one order (by lock key) whatever the caller's,
     * so two changes never wait for each other in a cycle. A key shared by two programmes only serializes more.
     */
    void lock(Collection<UUID> programs) {
        int[] keys =
                programs.stream().mapToInt(UUID::hashCode).distinct().sorted().toArray();
        for (int key : keys) {
            em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1, ?2)) as locked")
                    .setParameter(1, COVERAGE_LOCKS)
                    .setParameter(2, key)
                    .getSingleResult();
        }
    }

    /** Recomputes everything the programme covers (its status or its first event changed). */
    void refreshWholeProgram(UUID program) {
        em.createNativeQuery("delete from program_competency where program_id = ?1")
                .setParameter(1, program)
                .executeUpdate();
        em.createNativeQuery("insert into program_competency (program_id, item_id) " + COVERED)
                .setParameter(1, program)
                .executeUpdate();
    }

    /** Recomputes whether the programme covers each of these items (a course that teaches them changed). */
    void refreshItems(UUID program, Collection<UUID> items) {
        if (items.isEmpty()) {
            return;
        }
        UUID[] changed = items.toArray(UUID[]::new);
        em.createNativeQuery("delete from program_competency where program_id = ?1 and item_id = any(?2)")
                .setParameter(1, program)
                .setParameter(2, changed)
                .executeUpdate();
        em.createNativeQuery(
                        "insert into program_competency (program_id, item_id) " + COVERED + " and cc.item_id = any(?2)")
                .setParameter(1, program)
                .setParameter(2, changed)
                .executeUpdate();
    }
}
