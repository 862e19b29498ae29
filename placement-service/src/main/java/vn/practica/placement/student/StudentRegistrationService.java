package vn.practica.placement.student;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.practica.placement.reference.ReferenceDataService;
import vn.practica.placement.student.StudentSyncResult.Outcome;
import vn.practica.platform.outbox.Outbox;
import vn.practica.platform.outbox.OutboxEvent;
import vn.practica.platform.paging.CursorPage;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.PlatformProblems;
import vn.practica.platform.text.ControlCharacters;
import vn.practica.platform.upsert.Upsert;
import vn.practica.reference.partner.Partner;
import vn.practica.reference.partner.PartnerProjection;

/**
 * OneRoster-style bulk registration of a school's students by its own sourcedIds. Rows are judged one by one
 * (a bad row is rejected with its reason, the others apply); the accepted rows and their events commit
 * together. Re-sending the same batch changes nothing and emits nothing.
 */
@ApplicationScoped
@Transactional
public class StudentRegistrationService {
    private static final Map<Upsert.Outcome, Outcome> OUTCOMES = Map.of(
            Upsert.Outcome.CREATED, Outcome.created,
            Upsert.Outcome.UPDATED, Outcome.updated,
            Upsert.Outcome.UNCHANGED, Outcome.unchanged);

    private final StudentRepository students;
    private final PartnerProjection partners;
    private final ReferenceDataService referenceData;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    StudentRegistrationService(
            StudentRepository students, PartnerProjection partners, ReferenceDataService referenceData, Outbox outbox) {
        this.students = students;
        this.partners = partners;
        this.referenceData = referenceData;
        this.outbox = outbox;
    }

    public List<StudentSyncResult> registerStudents(UUID schoolId, List<StudentRecord> rows) {
        requireRegisteringSchool(schoolId);
        students.lockSchool(schoolId);
        Batch batch = new Batch(schoolId, clock.instant(), rows);
        List<StudentSyncResult> results = new ArrayList<>(rows.size());
        for (StudentRecord row : rows) {
            results.add(batch.problem(row)
                    .map(problem -> StudentSyncResult.rejected(row.sourcedId(), problem))
                    .orElseGet(() -> batch.apply(row.normalized())));
        }
        outbox.appendAll(batch.events);
        students.flush();
        return results;
    }

    /** The school's students in sourcedId order, a page at a time. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CursorPage<Student> listStudents(UUID schoolId, Optional<UUID> after, int limit) {
        return CursorPage.of(students.page(schoolId, after, limit + 1), limit, s -> s.id().toString());
    }

    /** Only a school the State verified, and did not suspend, registers students. */
    private void requireRegisteringSchool(UUID schoolId) {
        Partner school = partners.findPartner(schoolId)
                .orElseThrow(() -> DomainException.notFound("No organization " + schoolId
                        + " is known to placement-service (catalog announces each one it registers)"));
        if (!school.isSchool()) {
            throw new DomainException(StudentProblems.NOT_A_SCHOOL, "Organization " + schoolId + " is not a school");
        }
        if (school.isSuspended()) {
            throw new DomainException(
                    PlatformProblems.ORGANIZATION_SUSPENDED,
                    "School " + schoolId + " is suspended; it registers no students");
        }
        if (!school.isVerified()) {
            throw new DomainException(
                    StudentProblems.SCHOOL_NOT_VERIFIED,
                    "School " + schoolId + " is " + school.status() + "; it registers students once verified");
        }
    }

    /** One registration call's state: what is stored, what is taken, and the events to append. */
    private final class Batch {
        private final UUID schoolId;
        private final Instant now;
        private final Set<String> duplicateIds;
        private final Set<String> duplicateSubjects;
        private final Map<String, Student> stored;
        private final Map<String, UUID> subjectHolders;
        private final Set<String> activeFields;
        private final List<OutboxEvent> events = new ArrayList<>();

        Batch(UUID schoolId, Instant now, List<StudentRecord> rows) {
            this.schoolId = schoolId;
            this.now = now;
            this.duplicateIds = duplicates(rows.stream().map(StudentRecord::sourcedId));
            this.duplicateSubjects = duplicates(rows.stream().map(StudentRecord::loginSubject));
            this.stored = students.bySourcedIdForUpdate(
                    schoolId, lookups(rows.stream().map(StudentRecord::sourcedId)));
            this.subjectHolders =
                    students.holdersOfLoginSubjects(lookups(rows.stream().map(StudentRecord::loginSubject)));
            this.activeFields = referenceData.activeFieldCodes();
        }

        Optional<String> problem(StudentRecord row) {
            return StudentRowRules.problem(row)
                    .or(() -> duplicateIds.contains(row.sourcedId())
                            ? Optional.of("duplicate sourcedId in this batch")
                            : Optional.empty())
                    .or(() -> row.hasLoginSubject() && duplicateSubjects.contains(row.loginSubject())
                            ? Optional.of("duplicate loginSubject in this batch")
                            : Optional.empty())
                    .or(() -> FieldInterests.firstUnknown(row.fieldInterests(), activeFields)
                            .map(unknown -> "fieldInterests: " + unknown.message()))
                    .or(() -> subjectTakenProblem(row));
        }

        /** A login ties a token to one student only; another record holding it keeps it. */
        private Optional<String> subjectTakenProblem(StudentRecord row) {
            UUID holder = row.hasLoginSubject() ? subjectHolders.get(row.loginSubject()) : null;
            Student self = stored.get(row.sourcedId());
            if (holder == null || (self != null && holder.equals(self.id()))) {
                return Optional.empty();
            }
            return Optional.of("loginSubject is tied to another student record; free it there first");
        }

        /** Creates, updates or leaves one valid row; an event only when what events say changed. */
        StudentSyncResult apply(StudentRecord row) {
            Student existing = stored.get(row.sourcedId());
            Student.SharedFacts before = existing == null ? null : existing.sharedFacts();
            Upsert.Outcome outcome = Upsert.apply(
                    existing,
                    () -> Student.register(schoolId, row, now),
                    student -> student.resync(row, now),
                    Upsert.Changes.either(
                            created -> {
                                students.persist(created);
                                events.add(StudentEvents.registered(created));
                            },
                            updated -> {
                                if (!updated.sharedFacts().equals(before)) {
                                    events.add(StudentEvents.updated(updated));
                                }
                            }));
            return new StudentSyncResult(row.sourcedId(), OUTCOMES.get(outcome), null);
        }
    }

    /** Values worth looking up: a null, over-long or control-character one matches nothing, its rules say why. */
    private static Set<String> lookups(Stream<String> values) {
        return values.filter(v -> v != null && v.length() <= StudentLimits.SOURCED_ID && !ControlCharacters.in(v))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<String> duplicates(Stream<String> values) {
        Set<String> seen = new HashSet<>();
        return values.filter(v -> v != null && !seen.add(v)).collect(Collectors.toSet());
    }
}
