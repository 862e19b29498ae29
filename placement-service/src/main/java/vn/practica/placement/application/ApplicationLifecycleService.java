package vn.practica.placement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import vn.practica.placement.offer.OfferSeatService;
import vn.practica.placement.offer.OfferTerms;
import vn.practica.placement.placement.ApplicantKind;
import vn.practica.placement.placement.PlacementAudience;
import vn.practica.placement.placement.PlacementDetails;
import vn.practica.placement.placement.PlacementService;
import vn.practica.placement.placement.PlacementView;
import vn.practica.placement.placement.ProposedPlacement;
import vn.practica.placement.placement.Requester;
import vn.practica.placement.student.StudentDetails;
import vn.practica.placement.student.StudentDirectoryService;
import vn.practica.platform.http.IfMatch;
import vn.practica.platform.outbox.Outbox;
import vn.practica.platform.problem.DomainException;
import vn.practica.platform.problem.PlatformProblems;

/**
 * Moves an application, each move against the version its mover read and announced as it is after it: the
 * business shortlists, offers a place and rejects; the applicant withdraws, declines or accepts. Accepting makes
 * the placement and takes a seat in the same transaction, or changes nothing when no seat is left.
 */
@ApplicationScoped
@Transactional
public class ApplicationLifecycleService {
    private final ApplicationRepository applications;
    private final OfferSeatService offers;
    private final StudentDirectoryService students;
    private final PlacementService placements;
    private final ApplicationViews views;
    private final ApplicationConfig config;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    ApplicationLifecycleService(
            ApplicationRepository applications,
            OfferSeatService offers,
            StudentDirectoryService students,
            PlacementService placements,
            ApplicationViews views,
            ApplicationConfig config,
            Outbox outbox) {
        this.applications = applications;
        this.offers = offers;
        this.students = students;
        this.placements = placements;
        this.views = views;
        this.config = config;
        this.outbox = outbox;
    }

    /** One move of the business on a locked application, given the offer; returns the status it left. */
    @FunctionalInterface
    private interface BusinessMove {
        ApplicationStatus apply(Application application, OfferTerms offer, LocalDate today, Instant now);
    }

    public ApplicationView shortlistApplication(UUID id, Requester requester, OptionalLong expectedVersion) {
        return moveAsBusiness(
                id,
                requester,
                expectedVersion,
                (a, offer, today, now) -> a.move(ApplicationMove.SHORTLIST, today, now));
    }

    /**
     * Offers the applicant a place, to accept by {@code respondBy} (by default {@link ApplicationConfig#respondDays}
     * from today), never after the work starts.
     */
    public ApplicationView offerApplication(
            UUID id, Requester requester, Optional<LocalDate> respondBy, OptionalLong expectedVersion) {
        return moveAsBusiness(id, requester, expectedVersion, (a, offer, today, now) -> {
            ApplicationRules.next(a.statusOn(today), ApplicationMove.OFFER);
            LocalDate day = ApplicationRules.respondBy(respondBy, today, offer.jobStartDate(), config.respondDays());
            return a.offer(day, today, now);
        });
    }

    /** Rejects the application; the reason, when given, is for the applicant and never announced. */
    public ApplicationView rejectApplication(
            UUID id, Requester requester, Optional<String> reason, OptionalLong expectedVersion) {
        return moveAsBusiness(
                id, requester, expectedVersion, (a, offer, today, now) -> a.reject(reason.orElse(null), today, now));
    }

    public ApplicationView withdrawApplication(UUID id, Requester requester, OptionalLong expectedVersion) {
        return moveAsApplicant(id, requester, expectedVersion, ApplicationMove.WITHDRAW);
    }

    public ApplicationView declineApplication(UUID id, Requester requester, OptionalLong expectedVersion) {
        return moveAsApplicant(id, requester, expectedVersion, ApplicationMove.DECLINE);
    }

    /**
     * Accepts the place offered: in one transaction the application moves to ACCEPTED, a seat is taken by the
     * seat rule and the placement is proposed, each announced. With no seat left the refusal
     * ({@code offer-full}) rolls all of it back. An offer past its respondBy day is refused as expired, whether or
     * not the sweep has marked it yet.
     */
    public PlacementView acceptApplication(UUID id, Requester requester, OptionalLong expectedVersion) {
        Application application = applications.byId(id).orElseThrow(() -> notFound(id));
        Optional<StudentDetails> me = requireApplicant(application, requester);
        // What refuses it anyway, before waiting in the offer's queue; checked again under the locks
        IfMatch.requireCurrent("Application " + id, application.version(), expectedVersion);
        ApplicationRules.next(application.statusOn(today()), ApplicationMove.ACCEPT);
        placements.refuseWhenFull(application.offerId());
        // The offer before the application: the lock order every seat change and cancellation keeps
        OfferTerms offer = offers.lockForSeats(application.offerId()).orElseThrow();
        applications.relock(application);
        IfMatch.requireCurrent("Application " + id, application.version(), expectedVersion);
        ApplicationStatus from = application.move(ApplicationMove.ACCEPT, today(), clock.instant());
        UUID pseudonym = me.map(StudentDetails::pseudonym).orElse(null);
        PlacementDetails placement = placements.proposePlacement(new ProposedPlacement(
                application.id(),
                offer,
                application.applicantKind(),
                application.studentId(),
                pseudonym,
                application.schoolId(),
                application.courseSourcedId(),
                requester.subject()));
        outbox.append(ApplicationEvents.moved(application, from, offer, pseudonym));
        PlacementAudience audience = application.applicantKind() == ApplicantKind.STUDENT
                ? PlacementAudience.STUDENT
                : PlacementAudience.SCHOOL;
        return new PlacementView(placement, audience, offer.title(), null);
    }

    private ApplicationView moveAsBusiness(
            UUID id, Requester requester, OptionalLong expectedVersion, BusinessMove move) {
        Application application = applications.byIdForUpdate(id).orElseThrow(() -> notFound(id));
        ApplicationAudience audience = views.audience(application, requester).orElseThrow(() -> notFound(id));
        if (audience != ApplicationAudience.BUSINESS) {
            throw new DomainException(
                    PlatformProblems.FORBIDDEN, "Only the business that posts the offer decides on its applications");
        }
        IfMatch.requireCurrent("Application " + id, application.version(), expectedVersion);
        OfferTerms offer = offers.findTerms(application.offerId()).orElseThrow();
        ApplicationStatus from = move.apply(application, offer, today(), clock.instant());
        outbox.append(ApplicationEvents.moved(application, from, offer, pseudonym(application)));
        return views.view(application, ApplicationAudience.BUSINESS);
    }

    private ApplicationView moveAsApplicant(
            UUID id, Requester requester, OptionalLong expectedVersion, ApplicationMove move) {
        Application application = applications.byIdForUpdate(id).orElseThrow(() -> notFound(id));
        Optional<StudentDetails> me = requireApplicant(application, requester);
        IfMatch.requireCurrent("Application " + id, application.version(), expectedVersion);
        OfferTerms offer = offers.findTerms(application.offerId()).orElseThrow();
        ApplicationStatus from = application.move(move, today(), clock.instant());
        outbox.append(ApplicationEvents.moved(
                application, from, offer, me.map(StudentDetails::pseudonym).orElse(null)));
        return views.view(application, ApplicationAudience.APPLICANT);
    }

    /**
     * The applicant alone moves on their side (the student, or the school for its course); the signed-in student,
     * when a student asks. Others who may read it are refused, others still are not told it exists.
     */
    private Optional<StudentDetails> requireApplicant(Application application, Requester requester) {
        Optional<StudentDetails> me = views.signedInStudent(requester);
        ApplicationAudience audience =
                views.audience(application, requester, me).orElseThrow(() -> notFound(application.id()));
        if (audience != ApplicationAudience.APPLICANT) {
            throw new DomainException(
                    PlatformProblems.FORBIDDEN, "Only the applicant withdraws, declines or accepts an application");
        }
        return me;
    }

    private UUID pseudonym(Application application) {
        if (application.studentId() == null) {
            return null;
        }
        return students.findByIds(List.of(application.studentId()))
                .get(application.studentId())
                .pseudonym();
    }

    private LocalDate today() {
        return OfferTerms.today(clock);
    }

    static DomainException notFound(UUID id) {
        return DomainException.notFound("No application " + id + " that you may see");
    }
}
