package vn.practica.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.practica.catalog.domain.Course;
import vn.practica.catalog.domain.CourseRecord;
import vn.practica.catalog.domain.Field;
import vn.practica.catalog.domain.FieldStatus;
import vn.practica.catalog.domain.OrganizationKind;
import vn.practica.catalog.domain.Program;
import vn.practica.catalog.domain.ProgramRecord;
import vn.practica.catalog.domain.SyncResult;
import vn.practica.catalog.domain.SyncResult.Outcome;
import vn.practica.catalog.domain.SyncStatus;
import vn.practica.catalog.messaging.CurriculumEvents;
import vn.practica.catalog.repository.CurriculumRepository;
import vn.practica.catalog.repository.FieldRepository;
import vn.practica.catalog.repository.OrganizationRepository;
import vn.practica.platform.outbox.Outbox;
import vn.practica.platform.problem.ProblemException;

/**
 * OneRoster-style bulk upsert of a school's programmes and courses. Rows are judged one by one (a bad row
 * is rejected with its reason, the others apply); the accepted rows commit together in one transaction.
 * Re-sending the same batch changes nothing and emits no event.
 */
@ApplicationScoped
@Transactional
public class CurriculumSyncService {
    private static final String PROGRAM = "program";
    private static final String COURSE = "course";

    private final CurriculumRepository curriculum;
    private final OrganizationRepository organizations;
    private final FieldRepository fields;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    CurriculumSyncService(
            CurriculumRepository curriculum,
            OrganizationRepository organizations,
            FieldRepository fields,
            Outbox outbox) {
        this.curriculum = curriculum;
        this.organizations = organizations;
        this.fields = fields;
        this.outbox = outbox;
    }

    public List<SyncResult> syncCurriculum(UUID schoolId, List<ProgramRecord> programs, List<CourseRecord> courses) {
        requireSchool(schoolId);
        Instant now = clock.instant();
        List<SyncResult> results = new ArrayList<>(programs.size() + courses.size());
        syncPrograms(schoolId, programs, now, results);
        curriculum.flush();
        syncCourses(schoolId, courses, now, results);
        return results;
    }

    private void syncPrograms(UUID schoolId, List<ProgramRecord> rows, Instant now, List<SyncResult> results) {
        Set<String> duplicates =
                duplicates(rows.stream().map(ProgramRecord::sourcedId).toList());
        Map<String, Program> stored =
                programs(schoolId, rows.stream().map(ProgramRecord::sourcedId).toList());
        Set<String> activeFields = fields.listOrdered(Optional.of(FieldStatus.ACTIVE)).stream()
                .map(Field::code)
                .collect(Collectors.toSet());
        for (ProgramRecord row : rows) {
            Optional<String> problem = CurriculumRowRules.programProblem(row)
                    .or(() -> duplicates.contains(row.sourcedId())
                            ? Optional.of("duplicate sourcedId in this batch")
                            : Optional.empty())
                    .or(() -> activeFields.contains(row.fieldCode())
                            ? Optional.empty()
                            : Optional.of("unknown or retired field " + row.fieldCode()));
            results.add(problem.map(p -> SyncResult.rejected(PROGRAM, row.sourcedId(), p))
                    .orElseGet(() -> applyProgram(schoolId, row, stored.get(row.sourcedId()), now)));
        }
    }

    private SyncResult applyProgram(UUID schoolId, ProgramRecord row, Program stored, Instant now) {
        if (stored == null) {
            if (row.status() == SyncStatus.tobedeleted) {
                return new SyncResult(
                        PROGRAM, row.sourcedId(), Outcome.unchanged, null, "not known; nothing to delete");
            }
            Program created = Program.create(schoolId, row, now);
            curriculum.persist(created);
            outbox.append(CurriculumEvents.program(created));
            return new SyncResult(PROGRAM, row.sourcedId(), Outcome.created, created.id(), null);
        }
        if (stored.isNewerThan(row.dateLastModified())) {
            return new SyncResult(
                    PROGRAM, row.sourcedId(), Outcome.unchanged, stored.id(), "older than the stored row");
        }
        if (!stored.update(row, now)) {
            return new SyncResult(PROGRAM, row.sourcedId(), Outcome.unchanged, stored.id(), null);
        }
        outbox.append(CurriculumEvents.program(stored));
        return new SyncResult(PROGRAM, row.sourcedId(), Outcome.updated, stored.id(), null);
    }

    private void syncCourses(UUID schoolId, List<CourseRecord> rows, Instant now, List<SyncResult> results) {
        Set<String> duplicates =
                duplicates(rows.stream().map(CourseRecord::sourcedId).toList());
        Map<String, Course> stored =
                courses(schoolId, rows.stream().map(CourseRecord::sourcedId).toList());
        Map<String, Program> programs = programs(schoolId, referencedPrograms(rows));
        for (CourseRecord row : rows) {
            Optional<String> problem = CurriculumRowRules.courseProblem(row)
                    .or(() -> duplicates.contains(row.sourcedId())
                            ? Optional.of("duplicate sourcedId in this batch")
                            : Optional.empty())
                    .or(() -> unknownPrograms(row, programs));
            results.add(problem.map(p -> SyncResult.rejected(COURSE, row.sourcedId(), p))
                    .orElseGet(() ->
                            applyCourse(schoolId, row, stored.get(row.sourcedId()), programIds(row, programs), now)));
        }
    }

    private SyncResult applyCourse(UUID schoolId, CourseRecord row, Course stored, Set<UUID> programIds, Instant now) {
        if (stored == null) {
            if (row.status() == SyncStatus.tobedeleted) {
                return new SyncResult(COURSE, row.sourcedId(), Outcome.unchanged, null, "not known; nothing to delete");
            }
            Course created = Course.create(schoolId, row, programIds, now);
            curriculum.persist(created);
            outbox.append(CurriculumEvents.course(created));
            return new SyncResult(COURSE, row.sourcedId(), Outcome.created, created.id(), null);
        }
        if (stored.isNewerThan(row.dateLastModified())) {
            return new SyncResult(COURSE, row.sourcedId(), Outcome.unchanged, stored.id(), "older than the stored row");
        }
        if (!stored.update(row, programIds, now)) {
            return new SyncResult(COURSE, row.sourcedId(), Outcome.unchanged, stored.id(), null);
        }
        outbox.append(CurriculumEvents.course(stored));
        return new SyncResult(COURSE, row.sourcedId(), Outcome.updated, stored.id(), null);
    }

    private static Optional<String> unknownPrograms(CourseRecord row, Map<String, Program> programs) {
        return programSourcedIds(row).stream()
                .filter(id -> !programs.containsKey(id))
                .findFirst()
                .map(id -> "unknown program sourcedId " + id);
    }

    private static Set<UUID> programIds(CourseRecord row, Map<String, Program> programs) {
        return programSourcedIds(row).stream()
                .filter(programs::containsKey)
                .map(id -> programs.get(id).id())
                .collect(Collectors.toSet());
    }

    private static List<String> programSourcedIds(CourseRecord row) {
        return row.programSourcedIds() == null ? List.of() : row.programSourcedIds();
    }

    private static Set<String> referencedPrograms(List<CourseRecord> rows) {
        return rows.stream().flatMap(r -> programSourcedIds(r).stream()).collect(Collectors.toSet());
    }

    private Map<String, Program> programs(UUID schoolId, Collection<String> sourcedIds) {
        Set<String> ids = nonNull(sourcedIds);
        return ids.isEmpty() ? Map.of() : curriculum.programsBySourcedId(schoolId, ids);
    }

    private Map<String, Course> courses(UUID schoolId, Collection<String> sourcedIds) {
        Set<String> ids = nonNull(sourcedIds);
        return ids.isEmpty() ? new HashMap<>() : curriculum.coursesBySourcedId(schoolId, ids);
    }

    private static Set<String> nonNull(Collection<String> values) {
        return values.stream().filter(v -> v != null).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<String> duplicates(List<String> sourcedIds) {
        Set<String> seen = new HashSet<>();
        return sourcedIds.stream().filter(id -> id != null && !seen.add(id)).collect(Collectors.toSet());
    }

    private void requireSchool(UUID schoolId) {
        var school = organizations
                .findByIdOptional(schoolId)
                .orElseThrow(() -> ProblemException.notFound("No organization " + schoolId));
        if (school.kind() != OrganizationKind.SCHOOL) {
            throw new ProblemException(422, "Unprocessable Content", "Organization " + schoolId + " is not a school");
        }
    }
}
