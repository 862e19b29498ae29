package vn.practica.catalog.curriculum.oneroster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.practica.catalog.curriculum.Course;
import vn.practica.catalog.curriculum.CourseBulkStore;
import vn.practica.catalog.curriculum.CourseRecord;
import vn.practica.catalog.curriculum.CurriculumSyncService;
import vn.practica.catalog.curriculum.SyncResult;

/**
 * Hands a bundle's course rows to the curriculum sync. For a bulk file it adds, in the same transaction, a
 * {@code tobedeleted} row for each active course of the school the file leaves out.
 */
@ApplicationScoped
@Transactional
public class OneRosterCourseSync {
    private final CurriculumSyncService sync;
    private final OneRosterCourseRepository courses;
    private final CourseBulkStore store;

    OneRosterCourseSync(CurriculumSyncService sync, OneRosterCourseRepository courses, CourseBulkStore store) {
        this.sync = sync;
        this.courses = courses;
        this.store = store;
    }

    /**
     * @param bulkTime present for a bulk file: the time of its deletions
     * @param maxRows the sync's batch limit, deletions included (413 above it, nothing written)
     */
    public List<SyncResult> syncCourses(UUID schoolId, CourseLines lines, Optional<Instant> bulkTime, int maxRows) {
        List<CourseRecord> rows = new ArrayList<>(keepingStoredFields(schoolId, lines.records()));
        // A line whose sourcedId could not be read might be any course: deleting by absence would then guess.
        if (bulkTime.isPresent() && lines.complete()) {
            rows.addAll(deletions(schoolId, lines, bulkTime.get()));
        }
        if (rows.size() > maxRows) {
            throw BundleReader.tooLarge(rows.size() + " course rows (deletions of left-out courses included); at most "
                    + maxRows + " per bundle");
        }
        return sync.syncCurriculum(schoolId, List.of(), rows);
    }

    /** Lines of courses we hold keep what OneRoster does not carry; new courses start without it. */
    private List<CourseRecord> keepingStoredFields(UUID schoolId, List<CourseRecord> lines) {
        Set<String> sourcedIds = lines.stream()
                .map(CourseRecord::sourcedId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, Course> stored = sourcedIds.isEmpty() ? Map.of() : store.bySourcedId(schoolId, sourcedIds);
        Map<UUID, String> programs = programSourcedIds(stored.values());
        return lines.stream()
                .map(line -> stored.containsKey(line.sourcedId())
                        ? StoredCourseRows.merged(line, stored.get(line.sourcedId()), programs)
                        : line)
                .toList();
    }

    private Map<UUID, String> programSourcedIds(Collection<Course> stored) {
        return courses.programSourcedIds(
                stored.stream().flatMap(c -> c.programIds().stream()).distinct().toList());
    }

    private List<CourseRecord> deletions(UUID schoolId, CourseLines lines, Instant bulkTime) {
        List<Course> absent = courses.activeCoursesAbsentFrom(schoolId, lines.mentionedSourcedIds());
        Map<UUID, String> programs = programSourcedIds(absent);
        return absent.stream()
                .map(c -> StoredCourseRows.tobedeleted(c, programs, bulkTime))
                .toList();
    }
}
