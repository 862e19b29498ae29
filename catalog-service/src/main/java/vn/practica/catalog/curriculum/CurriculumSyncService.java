package vn.practica.catalog.curriculum;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.practica.catalog.competency.CompetencyReadService;
import vn.practica.catalog.curriculum.SyncResult.Outcome;
import vn.practica.catalog.field.FieldService;
import vn.practica.catalog.organization.OrganizationService;
import vn.practica.platform.id.Uuids;
import vn.practica.platform.outbox.Outbox;
import vn.practica.platform.outbox.OutboxEvent;
import vn.practica.platform.upsert.Upsert;

/**
 * OneRoster-style bulk upsert of a school's programmes and courses. Rows are judged one by one (a bad row
 * is rejected with its reason, the others apply); the accepted rows commit together in one transaction.
 * Re-sending the same batch changes nothing and emits no event.
 *
 * <p>Built for batches of 10,000 rows: stored rows are loaded with one query per table; courses, the bulk
 * of a batch, are read and written with JDBC batches ({@link CourseBulkStore}), and the events go to the
 * outbox in JDBC batches at the end.
 */
@ApplicationScoped
@Transactional
public class CurriculumSyncService {
    private static final String PROGRAM = "program";
    private static final String COURSE = "course";
    private static final Map<Upsert.Outcome, Outcome> OUTCOMES = Map.of(
            Upsert.Outcome.CREATED, Outcome.created,
            Upsert.Outcome.UPDATED, Outcome.updated,
            Upsert.Outcome.UNCHANGED, Outcome.unchanged);

    private final CurriculumRepository curriculum;
    private final CourseBulkStore courseStore;
    private final OrganizationService organizations;
    private final FieldService fields;
    private final CompetencyReadService competencies;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    CurriculumSyncService(
            CurriculumRepository curriculum,
            CourseBulkStore courseStore,
            OrganizationService organizations,
            FieldService fields,
            CompetencyReadService competencies,
            Outbox outbox) {
        this.curriculum = curriculum;
        this.courseStore = courseStore;
        this.organizations = organizations;
        this.fields = fields;
        this.competencies = competencies;
        this.outbox = outbox;
    }

    public List<SyncResult> syncCurriculum(UUID schoolId, List<ProgramRecord> programs, List<CourseRecord> courses) {
        organizations.lockSchool(schoolId);
        Batch batch = new Batch(schoolId, clock.instant(), programs.size() + courses.size());
        syncPrograms(batch, programs);
        syncCourses(batch, courses);
        outbox.appendAll(batch.events);
        curriculum.flush();
        return batch.results;
    }

    private void syncPrograms(Batch batch, List<ProgramRecord> rows) {
        Set<String> duplicates = duplicates(rows.stream().map(ProgramRecord::sourcedId));
        Map<String, Program> stored = programs(batch.schoolId, rows.stream().map(ProgramRecord::sourcedId));
        Set<String> activeFields = fields.activeFieldCodes();
        for (ProgramRecord row : rows) {
            Optional<String> problem = CurriculumRowRules.programProblem(row, batch.now)
                    .or(() -> duplicate(row.sourcedId(), duplicates))
                    .or(() -> activeFields.contains(row.fieldCode())
                            ? Optional.empty()
                            : Optional.of("unknown or retired field " + row.fieldCode()));
            batch.results.add(problem.map(p -> SyncResult.rejected(PROGRAM, row.sourcedId(), p))
                    .orElseGet(() -> batch.apply(
                            PROGRAM,
                            row.sourcedId(),
                            row.status(),
                            row.dateLastModified(),
                            stored.get(row.sourcedId()),
                            () -> Program.create(batch.schoolId, row, batch.now),
                            p -> p.update(row, batch.now),
                            CurriculumEvents::program,
                            curriculum::persist,
                            p -> {})));
        }
    }

    private void syncCourses(Batch batch, List<CourseRecord> rows) {
        Set<String> duplicates = duplicates(rows.stream().map(CourseRecord::sourcedId));
        Set<String> sourcedIds = nonNull(rows.stream().map(CourseRecord::sourcedId));
        Map<String, Course> stored =
                sourcedIds.isEmpty() ? Map.of() : courseStore.bySourcedId(batch.schoolId, sourcedIds);
        CourseLinks links = new CourseLinks(
                programs(batch.schoolId, rows.stream().flatMap(r -> list(r.programSourcedIds()))),
                competencies.lockExistingItems(rows.stream()
                        .flatMap(r -> list(r.competencyItemIds()))
                        .map(Uuids::parse)
                        .filter(id -> id != null)
                        .collect(Collectors.toSet())));
        List<Course> created = new ArrayList<>();
        List<Course> updated = new ArrayList<>();
        for (CourseRecord row : rows) {
            Optional<String> problem = CurriculumRowRules.courseProblem(row, batch.now)
                    .or(() -> duplicate(row.sourcedId(), duplicates))
                    .or(() -> links.problem(row));
            batch.results.add(problem.map(p -> SyncResult.rejected(COURSE, row.sourcedId(), p))
                    .orElseGet(() -> batch.apply(
                            COURSE,
                            row.sourcedId(),
                            row.status(),
                            row.dateLastModified(),
                            stored.get(row.sourcedId()),
                            () -> Course.create(batch.schoolId, row, links.of(row), batch.now),
                            c -> c.update(row, links.of(row), batch.now),
                            CurriculumEvents::course,
                            created::add,
                            updated::add)));
        }
        courseStore.insert(created);
        courseStore.update(updated);
    }

    /** One sync call's state: its results and the events to append. */
    private final class Batch {
        private final UUID schoolId;
        private final Instant now;
        private final List<SyncResult> results;
        private final List<OutboxEvent> events = new ArrayList<>();

        Batch(UUID schoolId, Instant now, int rows) {
            this.schoolId = schoolId;
            this.now = now;
            this.results = new ArrayList<>(rows);
        }

        /** Creates, updates or leaves one valid row; an event only when something changed. */
        <E extends SyncedEntity> SyncResult apply(
                String kind,
                String sourcedId,
                SyncStatus status,
                Instant modified,
                E stored,
                Supplier<E> create,
                Predicate<E> update,
                Function<E, OutboxEvent> event,
                Consumer<E> onCreated,
                Consumer<E> onUpdated) {
            if (stored == null && status == SyncStatus.tobedeleted) {
                return new SyncResult(kind, sourcedId, Outcome.unchanged, null, "not known; nothing to delete");
            }
            if (stored != null && stored.isNewerThan(modified)) {
                return new SyncResult(kind, sourcedId, Outcome.unchanged, stored.id(), "older than the stored row");
            }
            List<E> changed = new ArrayList<>(1);
            Upsert.Outcome outcome = Upsert.apply(
                    stored,
                    create,
                    update,
                    Upsert.Changes.either(
                            created -> {
                                onCreated.accept(created);
                                changed.add(created);
                            },
                            updated -> {
                                onUpdated.accept(updated);
                                changed.add(updated);
                            }));
            changed.forEach(row -> events.add(event.apply(row)));
            UUID id = changed.isEmpty() ? stored.id() : changed.get(0).id();
            return new SyncResult(kind, sourcedId, OUTCOMES.get(outcome), id, null);
        }
    }

    /** Resolves a course row's programme sourcedIds and competency identifiers against what exists. */
    private record CourseLinks(Map<String, Program> programs, Set<UUID> competencyItems) {
        Optional<String> problem(CourseRecord row) {
            return list(row.programSourcedIds())
                    .filter(id -> !programs.containsKey(id))
                    .findFirst()
                    .map(id -> "unknown program sourcedId " + id)
                    .or(() -> list(row.competencyItemIds())
                            .filter(id -> !competencyItems.contains(Uuids.parse(id)))
                            .findFirst()
                            .map(id -> "unknown competency item " + id));
        }

        Course.Links of(CourseRecord row) {
            return new Course.Links(
                    list(row.programSourcedIds())
                            .map(id -> programs.get(id).id())
                            .collect(Collectors.toSet()),
                    list(row.competencyItemIds()).map(Uuids::parse).collect(Collectors.toSet()));
        }
    }

    private Map<String, Program> programs(UUID schoolId, Stream<String> sourcedIds) {
        Set<String> ids = nonNull(sourcedIds);
        return ids.isEmpty() ? Map.of() : curriculum.programsBySourcedId(schoolId, ids);
    }

    private static Stream<String> list(List<String> values) {
        return values == null ? Stream.empty() : values.stream();
    }

    private static Set<String> nonNull(Stream<String> values) {
        return values.filter(v -> v != null).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<String> duplicates(Stream<String> sourcedIds) {
        Set<String> seen = new HashSet<>();
        return sourcedIds.filter(id -> id != null && !seen.add(id)).collect(Collectors.toSet());
    }

    private static Optional<String> duplicate(String sourcedId, Collection<String> duplicates) {
        return duplicates.contains(sourcedId) ? Optional.of("duplicate sourcedId in this batch") : Optional.empty();
    }
}
