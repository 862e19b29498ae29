package vn.practica.placement.student;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.practica.platform.id.TimeOrderedIds;
import vn.practica.platform.upsert.VersionedEntity;

/**
 * A student a school registered, keyed by the school's sourcedId, with the profile the student keeps. Its
 * {@code pseudonym} is the only id that leaves placement-service.
 */
@Entity
@Table(name = "student")
public class Student extends VersionedEntity {
    @Id
    private UUID id;

    private UUID pseudonym;

    @Column(name = "school_id")
    private UUID schoolId;

    @Column(name = "sourced_id")
    private String sourcedId;

    @Column(name = "program_sourced_id")
    private String programSourcedId;

    @Column(name = "year_of_study")
    private int yearOfStudy;

    @Column(name = "given_name")
    private String givenName;

    @Column(name = "family_name")
    private String familyName;

    private String email;
    private String phone;

    @Column(name = "login_subject")
    private String loginSubject;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "field_interests")
    private String[] fieldInterests;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "school_field_interests")
    private String[] schoolFieldInterests;

    @Column(name = "interests_chosen")
    private boolean interestsChosen;

    @Column(name = "cv_summary")
    private String cvSummary;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] links;

    @Column(name = "credential_did")
    private String credentialDid;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Student() {}

    /**
     * A new registration. The pseudonym is drawn at random (UUID version 4), never derived from who the
     * student is, so nothing outside this service can link it back to a person.
     */
    static Student register(UUID schoolId, StudentRecord record, Instant now) {
        Student student = new Student(now);
        student.id = TimeOrderedIds.next();
        student.pseudonym = UUID.randomUUID();
        student.schoolId = schoolId;
        student.sourcedId = record.sourcedId();
        student.createdAt = now;
        student.links = new String[0];
        student.copy(record);
        return student;
    }

    private Student(Instant now) {
        super(now);
    }

    /** Applies the school's row again; false when it holds nothing new (no version, no event). */
    boolean resync(StudentRecord record, Instant now) {
        return change(holds(record), () -> copy(record), now);
    }

    /** Applies the student's own edit; false when it changes nothing. */
    boolean editProfile(ProfileEdit edit, Instant now) {
        return change(holds(edit), () -> copy(edit), now);
    }

    /** What events may say about the student; an event is due only when this changes. */
    SharedFacts sharedFacts() {
        return new SharedFacts(programSourcedId, yearOfStudy, fieldInterests());
    }

    /** Programme, year and interests: the only facts about a student other services ever learn. */
    record SharedFacts(String programSourcedId, int yearOfStudy, List<String> fieldInterests) {}

    private boolean holds(StudentRecord r) {
        return programSourcedId.equals(r.programSourcedId())
                && yearOfStudy == r.yearOfStudy()
                && givenName.equals(r.givenName())
                && familyName.equals(r.familyName())
                && email.equals(r.email())
                && Objects.equals(phone, r.phone())
                && Objects.equals(loginSubject, r.loginSubject())
                && List.of(schoolFieldInterests).equals(r.fieldInterests());
    }

    private void copy(StudentRecord r) {
        programSourcedId = r.programSourcedId();
        yearOfStudy = r.yearOfStudy();
        givenName = r.givenName();
        familyName = r.familyName();
        email = r.email();
        phone = r.phone();
        loginSubject = r.loginSubject();
        schoolFieldInterests = r.fieldInterests().toArray(String[]::new);
        // The school's interests stand until the student chooses their own; then the student's choice counts
        if (!interestsChosen) {
            fieldInterests = schoolFieldInterests.clone();
        }
    }

    private boolean holds(ProfileEdit e) {
        return (e.fieldInterests() == null
                        || (interestsChosen && fieldInterests().equals(e.storedInterests())))
                && (e.cvSummary() == null || Objects.equals(cvSummary, e.storedCvSummary()))
                && (e.links() == null || links().equals(e.links()))
                && (e.credentialDid() == null || Objects.equals(credentialDid, e.storedCredentialDid()));
    }

    private void copy(ProfileEdit e) {
        if (e.fieldInterests() != null) {
            fieldInterests = e.storedInterests().toArray(String[]::new);
            interestsChosen = true;
        }
        if (e.cvSummary() != null) {
            cvSummary = e.storedCvSummary();
        }
        if (e.links() != null) {
            links = e.links().toArray(String[]::new);
        }
        if (e.credentialDid() != null) {
            credentialDid = e.storedCredentialDid();
        }
    }

    public UUID id() {
        return id;
    }

    public UUID pseudonym() {
        return pseudonym;
    }

    public UUID schoolId() {
        return schoolId;
    }

    public String sourcedId() {
        return sourcedId;
    }

    public String programSourcedId() {
        return programSourcedId;
    }

    public int yearOfStudy() {
        return yearOfStudy;
    }

    public String givenName() {
        return givenName;
    }

    public String familyName() {
        return familyName;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String loginSubject() {
        return loginSubject;
    }

    public List<String> fieldInterests() {
        return List.of(fieldInterests);
    }

    public String cvSummary() {
        return cvSummary;
    }

    /** The DID the student chose to be named by in credentials; null for a salted hash of their e-mail. */
    public String credentialDid() {
        return credentialDid;
    }

    public List<String> links() {
        return List.of(links);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
