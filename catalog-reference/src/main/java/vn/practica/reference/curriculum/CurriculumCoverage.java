package vn.practica.reference.curriculum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads of the curriculum copy by what a student's record holds: the school and the school's programme id.
 * A programme catalog has not announced yet, or has deleted, covers nothing.
 */
@ApplicationScoped
public class CurriculumCoverage {
    private final EntityManager em;

    CurriculumCoverage(EntityManager em) {
        this.em = em;
    }

    /** The competency items the programme's active courses teach: one index range of {@code program_competency}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<UUID> coveredItems(UUID schoolId, String programSourcedId) {
        List<UUID> items = em.createNativeQuery(
                        "select pc.item_id from program_competency pc"
                                + " join curriculum_program p on p.id = pc.program_id"
                                + " where p.school_id = ?1 and p.sourced_id = ?2 and p.status = 'active'",
                        UUID.class)
                .setParameter(1, schoolId)
                .setParameter(2, programSourcedId)
                .getResultList();
        return Set.copyOf(items);
    }

    /** The programme as last announced (an active one first); empty when catalog has not announced it (yet). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Program> findProgram(UUID schoolId, String sourcedId) {
        List<?> rows = em.createNativeQuery("select id, field_code, level, status from curriculum_program"
                        + " where school_id = ?1 and sourced_id = ?2 order by status = 'active' desc, version desc"
                        + " limit 1")
                .setParameter(1, schoolId)
                .setParameter(2, sourcedId)
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return new Program(
                    (UUID) columns[0],
                    schoolId,
                    sourcedId,
                    (String) columns[1],
                    ((Number) columns[2]).intValue(),
                    CurriculumProjection.ACTIVE.equals(columns[3]));
        });
    }

    /**
     * The course as last announced (an active one first), by the school's own id for it; empty when catalog has
     * not announced it (yet). A school names its courses so when it applies for one (expert teaching, resources).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Course> findCourse(UUID schoolId, String sourcedId) {
        List<?> rows = em.createNativeQuery("select id, status from curriculum_course"
                        + " where school_id = ?1 and sourced_id = ?2 order by status = 'active' desc, version desc"
                        + " limit 1")
                .setParameter(1, schoolId)
                .setParameter(2, sourcedId)
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return new Course((UUID) columns[0], schoolId, sourcedId, CurriculumProjection.ACTIVE.equals(columns[1]));
        });
    }
}
