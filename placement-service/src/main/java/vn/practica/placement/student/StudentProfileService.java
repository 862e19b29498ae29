package vn.practica.placement.student;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import vn.practica.placement.reference.ReferenceDataService;
import vn.practica.platform.http.IfMatch;
import vn.practica.platform.outbox.Outbox;
import vn.practica.platform.problem.DomainException;

/** A student's own record, found by the login subject ({@code sub}) of their token; nobody else's. */
@ApplicationScoped
@Transactional
public class StudentProfileService {
    private final StudentRepository students;
    private final ReferenceDataService referenceData;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    StudentProfileService(StudentRepository students, ReferenceDataService referenceData, Outbox outbox) {
        this.students = students;
        this.referenceData = referenceData;
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Student> findProfile(String loginSubject) {
        return students.byLoginSubject(loginSubject);
    }

    /** The school, programme and year of the student tied to this login; nothing personal. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<StudentStanding> findStanding(String loginSubject) {
        return students.byLoginSubject(loginSubject)
                .map(s -> new StudentStanding(s.schoolId(), s.programSourcedId(), s.yearOfStudy()));
    }

    /**
     * Applies the student's edit to their own record, against the version they read; an event follows only
     * when their field interests change (CV and links stay here).
     */
    public Student editProfile(String loginSubject, ProfileEdit edit, OptionalLong expectedVersion) {
        Student student = students.byLoginSubjectForUpdate(loginSubject).orElseThrow(StudentProfileService::noRecord);
        IfMatch.requireCurrent("Your student record", student.version(), expectedVersion);
        FieldInterests.firstUnknown(edit.fieldInterests(), referenceData.activeFieldCodes())
                .ifPresent(unknown -> {
                    throw DomainException.invalid("body.fieldInterests[" + unknown.index() + "]", unknown.message());
                });
        Student.SharedFacts before = student.sharedFacts();
        if (student.editProfile(edit, clock.instant()) && !student.sharedFacts().equals(before)) {
            outbox.append(StudentEvents.updated(student));
        }
        return student;
    }

    static DomainException noRecord() {
        return DomainException.notFound(
                "No student record is tied to your login; your school registers it with your login subject");
    }
}
