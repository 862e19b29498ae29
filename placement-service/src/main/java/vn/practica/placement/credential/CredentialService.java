package vn.practica.placement.credential;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.practica.placement.placement.Requester;
import vn.practica.placement.student.StudentDetails;
import vn.practica.placement.student.StudentDirectoryService;
import vn.practica.platform.problem.DomainException;

/**
 * Who sees and moves an issued credential: its student reads, downloads and shares it publicly or stops sharing;
 * its issuing school reads and revokes it; anyone reads a shared one. Everyone else is told it does not exist.
 */
@ApplicationScoped
@Transactional
public class CredentialService {
    private final CredentialRepository credentials;
    private final StudentDirectoryService students;
    private final Clock clock = Clock.systemUTC();

    CredentialService(CredentialRepository credentials, StudentDirectoryService students) {
        this.credentials = credentials;
        this.students = students;
    }

    /** The student's own credentials, newest first; not found when no record is tied to their login. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CredentialView> myCredentials(Requester requester) {
        UUID student = studentOf(requester)
                .orElseThrow(() -> DomainException.notFound("No student record is tied to your sign-in"));
        return credentials.ofStudent(student).stream().map(CredentialView::of).toList();
    }

    /** The credential if the requester may read it: its student, its school, or anyone once it is shared. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CredentialView> findCredential(UUID id, Optional<Requester> requester) {
        return credentials
                .find(id)
                .filter(c -> c.shared()
                        || requester.filter(r -> holds(r, c) || issued(r, c)).isPresent())
                .map(CredentialView::of);
    }

    /**
     * The credential with its holder's name, to print: for its student and its issuing school only, shared or not,
     * since the name comes from the school's record and is in no shared form of the credential.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PrintableCredential> findPrintableCredential(UUID id, Requester requester) {
        return credentials
                .find(id)
                .filter(c -> holds(requester, c) || issued(requester, c))
                .map(c -> new PrintableCredential(CredentialView.of(c), holderName(c.studentId())));
    }

    /** Its student shares it publicly ({@code shared}) or stops sharing it. */
    public CredentialView shareCredential(UUID id, Requester requester, boolean shared) {
        StoredCredential c = credentials
                .findForUpdate(id)
                .filter(found -> holds(requester, found))
                .orElseThrow(() -> notFound(id));
        credentials.share(id, shared);
        return CredentialView.of(credentials.find(c.id()).orElseThrow());
    }

    /** Its issuing school revokes it: its status bit is set from now on. Final. */
    public CredentialView revokeCredential(UUID id, Requester requester) {
        StoredCredential c = credentials
                .findForUpdate(id)
                .filter(found -> issued(requester, found))
                .orElseThrow(() -> notFound(id));
        if (c.revoked()) {
            throw new DomainException(
                    CredentialProblems.ALREADY_REVOKED, "Credential " + id + " was revoked at " + c.revokedAt());
        }
        credentials.revoke(id, clock.instant().truncatedTo(ChronoUnit.MICROS));
        return CredentialView.of(credentials.find(id).orElseThrow());
    }

    static DomainException notFound(UUID id) {
        return DomainException.notFound("No credential " + id + " that you may see");
    }

    private boolean holds(Requester requester, StoredCredential c) {
        return studentOf(requester).filter(c.studentId()::equals).isPresent();
    }

    private static boolean issued(Requester requester, StoredCredential c) {
        return requester.actsForSchool(c.schoolId());
    }

    private String holderName(UUID studentId) {
        StudentDetails student = students.findByIds(List.of(studentId)).get(studentId);
        return student == null ? null : (student.familyName() + " " + student.givenName()).strip();
    }

    private Optional<UUID> studentOf(Requester requester) {
        return requester.studentLogin().flatMap(students::findByLogin).map(StudentDetails::id);
    }
}
