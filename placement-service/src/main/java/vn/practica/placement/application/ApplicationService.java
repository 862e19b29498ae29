package vn.practica.placement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.practica.placement.offer.OfferSeatService;
import vn.practica.placement.offer.OfferStatus;
import vn.practica.placement.offer.OfferTerms;
import vn.practica.placement.placement.Requester;
import vn.practica.placement.student.StudentDetails;
import vn.practica.placement.student.StudentDirectoryService;
import vn.practica.platform.outbox.Outbox;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.PlatformProblems;
import vn.practica.platform.problem.Problem.FieldError;

/**
 * Applying to an offer: a student to an internship or real project they are eligible for, a school for one of its
 * courses to expert teaching or resources; once per applicant and offer, while the offer is open and before its
 * deadline. The application and its event commit together.
 */
@ApplicationScoped
@Transactional
public class ApplicationService {
    private final ApplicationRepository applications;
    private final OfferSeatService offers;
    private final StudentDirectoryService students;
    private final ApplyingSchools schools;
    private final ApplicationViews views;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    ApplicationService(
            ApplicationRepository applications,
            OfferSeatService offers,
            StudentDirectoryService students,
            ApplyingSchools schools,
            ApplicationViews views,
            Outbox outbox) {
        this.applications = applications;
        this.offers = offers;
        this.students = students;
        this.schools = schools;
        this.views = views;
        this.outbox = outbox;
    }

    /**
     * Applies the requester (a student by their login, or a school by its organization) to the offer. The offer
     * stays locked against a concurrent cancellation until the application commits, so none is added to an offer
     * that has just ended.
     */
    public ApplicationView applyToOffer(UUID offerId, Requester requester, ApplicationDraft draft) {
        OfferTerms offer = offers.lockForApplying(offerId)
                .filter(OfferTerms::isPublished)
                .orElseThrow(() -> DomainException.notFound("No offer " + offerId + " that you may see"));
        boolean asStudent = requester.studentLogin().isPresent();
        requireAddressedTo(offer, asStudent);
        requireTakingApplications(offer, OfferTerms.today(clock));
        ApplicationRules.answersProblem(offer.applicantQuestions(), draft.answers())
                .ifPresent(problem -> {
                    throw DomainException.invalid(List.of(problem));
                });
        Application application;
        StudentDetails student = null;
        if (asStudent) {
            student = students.findByLogin(requester.studentLogin().get())
                    .orElseThrow(ApplicationService::noStudentRecord);
            application = studentApplication(offer, student, draft);
        } else {
            application = schoolApplication(offer, requester, draft);
        }
        applications.persist(application);
        applications.flush();
        outbox.append(ApplicationEvents.submitted(application, offer, student == null ? null : student.pseudonym()));
        return views.view(application, ApplicationAudience.APPLICANT);
    }

    private Application studentApplication(OfferTerms offer, StudentDetails student, ApplicationDraft draft) {
        if (draft.courseSourcedId() != null) {
            throw DomainException.invalid(
                    "body.courseSourcedId", "is for a school applying for one of its courses; a student names none");
        }
        requireEligible(ApplicationRules.eligibilityProblems(
                offer.eligibility(),
                student.schoolId(),
                Optional.of(student.programSourcedId()),
                Optional.of(student.yearOfStudy())));
        applications.lockApplicant(offer.id(), "student:" + student.id());
        if (applications.existsForStudent(offer.id(), student.id())) {
            throw alreadyApplied(offer);
        }
        return Application.byStudent(offer, student.id(), student.schoolId(), draft, now());
    }

    private Application schoolApplication(OfferTerms offer, Requester requester, ApplicationDraft draft) {
        UUID school = requester
                .schoolId()
                .orElseThrow(() -> new DomainException(
                        PlatformProblems.FORBIDDEN, "A school applies with a token naming its organization"));
        schools.requireApplyingSchool(school, draft.courseSourcedId());
        requireEligible(
                ApplicationRules.eligibilityProblems(offer.eligibility(), school, Optional.empty(), Optional.empty()));
        applications.lockApplicant(offer.id(), "course:" + school + "/" + draft.courseSourcedId());
        if (applications.existsForCourse(offer.id(), school, draft.courseSourcedId())) {
            throw alreadyApplied(offer);
        }
        return Application.bySchool(offer, school, draft, now());
    }

    /** Internships and real projects take students; expert teaching and resources take schools, for a course. */
    private static void requireAddressedTo(OfferTerms offer, boolean student) {
        if (offer.contributionKind().addressesSchools() == student) {
            throw new DomainException(
                            ApplicationProblems.APPLICANT_KIND_NOT_ACCEPTED,
                            "Offer " + offer.id() + " is " + offer.contributionKind() + ": "
                                    + (student
                                            ? "schools apply to it for one of their courses, not students"
                                            : "students apply to it, not schools"))
                    .with("contributionKind", offer.contributionKind().name());
        }
    }

    private static void requireTakingApplications(OfferTerms offer, LocalDate today) {
        if (offer.status() != OfferStatus.OPEN) {
            throw new DomainException(
                            ApplicationProblems.OFFER_NOT_OPEN,
                            "Offer " + offer.id() + " is " + offer.status() + "; it takes no applications")
                    .with("offerStatus", offer.status().name());
        }
        if (today.isAfter(offer.validThrough())) {
            throw new DomainException(
                            ApplicationProblems.DEADLINE_PASSED,
                            "Offer " + offer.id() + " took applications until " + offer.validThrough()
                                    + " (Vietnam time)")
                    .with("validThrough", offer.validThrough().toString());
        }
    }

    private static void requireEligible(List<FieldError> problems) {
        if (!problems.isEmpty()) {
            throw new DomainException(
                    ApplicationProblems.NOT_ELIGIBLE, "The offer is not open to you: see errors", problems);
        }
    }

    private static DomainException alreadyApplied(OfferTerms offer) {
        return new DomainException(
                ApplicationProblems.ALREADY_APPLIED,
                "You applied to offer " + offer.id() + " already; one application per applicant, withdrawn or not");
    }

    static DomainException noStudentRecord() {
        return DomainException.notFound(
                "No student record is tied to your login; your school registers it with your login subject");
    }

    private Instant now() {
        // Lists page by created_at: kept at the database's precision, so a cursor names it exactly
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
