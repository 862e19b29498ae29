package vn.practica.reference.curriculum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import vn.practica.events.catalog.CourseEventData;
import vn.practica.events.catalog.ProgramEventData;

/**
 * A consuming service's copy of catalog's curricula: programmes, courses, each course's programmes and
 * competency items, and, derived from them, {@code program_competency}, the items each active programme's
 * active courses teach. Programme and course events travel on different partitions, so either may come
 * first: a course keeps the programme ids it names, and a programme's coverage is recomputed from whatever
 * has arrived whenever one of them changes. Each row keeps the highest version seen; a deletion is a newer
 * version with status {@code tobedeleted}, ordered like any change.
 */
@ApplicationScoped
public class CurriculumProjection {
    static final String ACTIVE = "active";
    static final String DELETED = "tobedeleted";

    private static final String UPSERT_PROGRAM = "insert into curriculum_program"
            + " (id, school_id, sourced_id, field_code, level, status, version, changed_at)"
            + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
            + " on conflict (id) do update set school_id = excluded.school_id, sourced_id = excluded.sourced_id,"
            + " field_code = excluded.field_code, level = excluded.level, status = excluded.status,"
            + " version = excluded.version, changed_at = excluded.changed_at"
            + " where curriculum_program.version < excluded.version";
    private static final String UPSERT_COURSE = "insert into curriculum_course"
            + " (id, school_id, sourced_id, status, version, changed_at) values (?1, ?2, ?3, ?4, ?5, ?6)"
            + " on conflict (id) do update set school_id = excluded.school_id, sourced_id = excluded.sourced_id,"
            + " status = excluded.status, version = excluded.version, changed_at = excluded.changed_at"
            + " where curriculum_course.version < excluded.version";

    private final EntityManager em;
    private final ProgramCoverageProjection coverage;

    CurriculumProjection(EntityManager em, ProgramCoverageProjection coverage) {
        this.em = em;
        this.coverage = coverage;
    }

    /** Applies a programme event inside its inbox transaction; older versions change nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyProgramChange(ProgramEventData data, boolean deleted, Instant changedAt) {
        UUID id = UUID.fromString(data.id());
        // The row lock taken here orders this programme's events; the coverage lock its course changes
        int applied = em.createNativeQuery(UPSERT_PROGRAM)
                .setParameter(1, id)
                .setParameter(2, UUID.fromString(data.schoolId()))
                .setParameter(3, data.sourcedId())
                .setParameter(4, data.fieldCode())
                .setParameter(5, (short) data.level())
                .setParameter(6, status(data.status(), deleted))
                .setParameter(7, data.version())
                .setParameter(8, changedAt)
                .executeUpdate();
        if (applied > 0) {
            coverage.lock(List.of(id));
            coverage.refreshWholeProgram(id);
        }
    }

    /**
     * Applies a course event inside its inbox transaction; older versions change nothing. The coverage of
     * every programme the course was or now is in is recomputed for the items it taught or now teaches.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyCourseChange(CourseEventData data, boolean deleted, Instant changedAt) {
        UUID id = UUID.fromString(data.id());
        int applied = em.createNativeQuery(UPSERT_COURSE)
                .setParameter(1, id)
                .setParameter(2, UUID.fromString(data.schoolId()))
                .setParameter(3, data.sourcedId())
                .setParameter(4, status(data.status(), deleted))
                .setParameter(5, data.version())
                .setParameter(6, changedAt)
                .executeUpdate();
        if (applied == 0) {
            return;
        }
        // Read after the upsert: its row lock waited for any earlier change of this course to commit
        Set<UUID> programs = new TreeSet<>(links("curriculum_course_program", "program_id", id));
        Set<UUID> items = new TreeSet<>(links("curriculum_course_competency", "item_id", id));
        List<UUID> newPrograms = uuids(data.programIds());
        List<UUID> newItems = uuids(data.competencyItemIds());
        replaceLinks("curriculum_course_program", "program_id", id, newPrograms);
        replaceLinks("curriculum_course_competency", "item_id", id, newItems);
        programs.addAll(newPrograms);
        items.addAll(newItems);
        coverage.lock(programs);
        for (UUID program : programs) {
            coverage.refreshItems(program, items);
        }
    }

    private static String status(String status, boolean deleted) {
        return deleted || !ACTIVE.equals(status) ? DELETED : ACTIVE;
    }

    private List<UUID> links(String table, String column, UUID courseId) {
        return em.createNativeQuery("select " + column + " from " + table + " where course_id = ?1", UUID.class)
                .setParameter(1, courseId)
                .getResultList();
    }

    private void replaceLinks(String table, String column, UUID courseId, Collection<UUID> targets) {
        em.createNativeQuery("delete from " + table + " where course_id = ?1")
                .setParameter(1, courseId)
                .executeUpdate();
        em.createNativeQuery("insert into " + table + " (course_id, " + column + ") select distinct ?1, unnest(?2)")
                .setParameter(1, courseId)
                .setParameter(2, targets.toArray(UUID[]::new))
                .executeUpdate();
    }

    private static List<UUID> uuids(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(UUID::fromString).toList();
    }
}
