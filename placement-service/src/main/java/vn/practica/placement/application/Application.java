package vn.practica.placement.application;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.practica.placement.offer.OfferTerms;
import vn.practica.placement.placement.ApplicantKind;
import vn.practica.platform.id.TimeOrderedIds;
import vn.practica.platform.upsert.VersionedEntity;

/**
 * An application to an offer: a student's, or a school's for one of its courses. Its moves follow
 * {@link ApplicationMove}, judged on the status as it stands today (an unanswered offer expires on its own).
 */
@Entity
@Table(name = "application")
public class Application extends VersionedEntity {
    @Id
    private UUID id;

    @Column(name = "offer_id")
    private UUID offerId;

    @Column(name = "business_id")
    private UUID businessId;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_kind")
    private ApplicantKind applicantKind;

    @Column(name = "student_id")
    private UUID studentId;

    @Column(name = "school_id")
    private UUID schoolId;

    @Column(name = "course_sourced_id")
    private String courseSourcedId;

    private String motivation;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] answers;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;

    @Column(name = "respond_by")
    private LocalDate respondBy;

    @Column(name = "reject_reason")
    private String rejectReason;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "round_id")
    private UUID roundId;

    protected Application() {}

    private Application(OfferTerms offer, ApplicationDraft draft, Instant now) {
        super(now);
        this.id = TimeOrderedIds.next();
        this.offerId = offer.id();
        this.businessId = offer.businessId();
        this.motivation = draft.motivation();
        this.answers = draft.answers().toArray(String[]::new);
        this.status = ApplicationStatus.SUBMITTED;
        this.createdAt = now;
    }

    static Application byStudent(OfferTerms offer, UUID studentId, UUID schoolId, ApplicationDraft draft, Instant now) {
        Application application = new Application(offer, draft, now);
        application.applicantKind = ApplicantKind.STUDENT;
        application.studentId = studentId;
        application.schoolId = schoolId;
        return application;
    }

    /**
     * A student a matching round placed in the offer: accepted from the start, with no motivation or answers (the
     * student's ranking was the application), marked with the round.
     */
    static Application matched(OfferTerms offer, UUID roundId, UUID studentId, UUID schoolId, Instant now) {
        Application application = byStudent(offer, studentId, schoolId, new ApplicationDraft("", List.of(), null), now);
        application.status = ApplicationStatus.ACCEPTED;
        application.roundId = roundId;
        return application;
    }

    static Application bySchool(OfferTerms offer, UUID schoolId, ApplicationDraft draft, Instant now) {
        Application application = new Application(offer, draft, now);
        application.applicantKind = ApplicantKind.SCHOOL;
        application.schoolId = schoolId;
        application.courseSourcedId = draft.courseSourcedId();
        return application;
    }

    /** The status as it stands on {@code today}: an offer past its respondBy day is expired. */
    ApplicationStatus statusOn(LocalDate today) {
        return ApplicationStatus.effective(status, respondBy, today);
    }

    /** Makes the move if the status on {@code today} allows it; returns the status it left. */
    ApplicationStatus move(ApplicationMove move, LocalDate today, Instant now) {
        ApplicationStatus from = statusOn(today);
        ApplicationStatus to = ApplicationRules.next(from, move);
        change(false, () -> status = to, now);
        return from;
    }

    /** Offers the applicant a place, to accept by {@code respondDay}; returns the status it left. */
    ApplicationStatus offer(LocalDate respondDay, LocalDate today, Instant now) {
        ApplicationStatus from = move(ApplicationMove.OFFER, today, now);
        respondBy = respondDay;
        return from;
    }

    /** Rejects the application, with a reason for the applicant when there is one; returns the status it left. */
    ApplicationStatus reject(String reason, LocalDate today, Instant now) {
        ApplicationStatus from = move(ApplicationMove.REJECT, today, now);
        rejectReason = reason;
        return from;
    }

    /** Its offer was cancelled while it was open (an unanswered, overdue offer included). */
    void cancel(Instant now) {
        ApplicationRules.next(status, ApplicationMove.CANCEL);
        change(false, () -> status = ApplicationStatus.CANCELLED, now);
    }

    /** The sweep writes down what is already so: an offer not answered by its respondBy day has expired. */
    void expire(Instant now) {
        ApplicationRules.next(status, ApplicationMove.EXPIRE);
        change(false, () -> status = ApplicationStatus.EXPIRED, now);
    }

    public UUID id() {
        return id;
    }

    public UUID offerId() {
        return offerId;
    }

    public UUID businessId() {
        return businessId;
    }

    public ApplicantKind applicantKind() {
        return applicantKind;
    }

    public UUID studentId() {
        return studentId;
    }

    public UUID schoolId() {
        return schoolId;
    }

    public String courseSourcedId() {
        return courseSourcedId;
    }

    public String motivation() {
        return motivation;
    }

    public List<String> answers() {
        return List.of(answers);
    }

    public ApplicationStatus storedStatus() {
        return status;
    }

    public LocalDate respondBy() {
        return respondBy;
    }

    public String rejectReason() {
        return rejectReason;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
