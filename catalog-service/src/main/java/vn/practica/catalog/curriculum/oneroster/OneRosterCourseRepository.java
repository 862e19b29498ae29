package vn.practica.catalog.curriculum.oneroster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.practica.catalog.curriculum.Course;
import vn.practica.catalog.curriculum.SyncStatus;

/** The reads a OneRoster bulk file needs beyond the curriculum sync's: what the school has that the file lacks. */
@ApplicationScoped
public class OneRosterCourseRepository {
    private final EntityManager em;

    OneRosterCourseRepository(EntityManager em) {
        this.em = em;
    }

    /** The school's active courses whose sourcedId is not in {@code present}. */
    public List<Course> activeCoursesAbsentFrom(UUID schoolId, Set<String> present) {
        return em.createQuery(
                        "from Course where schoolId = :school and status = :active order by sourcedId", Course.class)
                .setParameter("school", schoolId)
                .setParameter("active", SyncStatus.active)
                .getResultStream()
                .filter(course -> !present.contains(course.sourcedId()))
                .toList();
    }

    /** Programme sourcedIds by our programme ids, so a deleted course keeps its programme links. */
    public Map<UUID, String> programSourcedIds(Collection<UUID> programIds) {
        if (programIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery("select id, sourcedId from Program where id in :ids", Object[].class)
                .setParameter("ids", programIds)
                .getResultList();
        return rows.stream().collect(Collectors.toMap(r -> (UUID) r[0], r -> (String) r[1]));
    }
}
