package vn.practica.placement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import vn.practica.placement.offer.OfferTerms;
import vn.practica.placement.placement.ApplicantKind;
import vn.practica.placement.placement.ListPosition;
import vn.practica.placement.placement.Requester;
import vn.practica.placement.student.StudentDetails;
import vn.practica.platform.paging.CursorPage;

/**
 * Applications as their readers find them: one by id, or the lists of a student, a business (optionally of one
 * offer and one status) and a school, newest first.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ApplicationReadService {
    private final ApplicationRepository applications;
    private final ApplicationViews views;
    private final Clock clock = Clock.systemUTC();

    ApplicationReadService(ApplicationRepository applications, ApplicationViews views) {
        this.applications = applications;
        this.views = views;
    }

    /** The application, if the requester may see it, as they see it. */
    public Optional<ApplicationView> findApplication(UUID id, Requester requester) {
        return applications
                .byId(id)
                .flatMap(a -> views.audience(a, requester).map(audience -> views.view(a, audience)));
    }

    /** The signed-in student's applications. */
    public CursorPage<ApplicationView> listStudentApplications(
            Requester requester, Optional<ListPosition> after, int limit) {
        StudentDetails me = views.signedInStudent(requester).orElseThrow(ApplicationService::noStudentRecord);
        return page(
                filter(ApplicationRepository.Owner.STUDENT, me.id(), Optional.empty(), Optional.empty()),
                a -> ApplicationAudience.APPLICANT,
                after,
                limit);
    }

    /** Applications to a business's offers, as the business (or the State) sees them. */
    public CursorPage<ApplicationView> listBusinessApplications(
            UUID businessId,
            boolean asState,
            Optional<UUID> offerId,
            Optional<ApplicationStatus> status,
            Optional<ListPosition> after,
            int limit) {
        ApplicationAudience audience = asState ? ApplicationAudience.STATE : ApplicationAudience.BUSINESS;
        return page(
                filter(ApplicationRepository.Owner.BUSINESS, businessId, offerId, status), a -> audience, after, limit);
    }

    /** A school's students' applications and its own for its courses, as it (or the State) sees them. */
    public CursorPage<ApplicationView> listSchoolApplications(
            UUID schoolId, boolean asState, Optional<ListPosition> after, int limit) {
        Function<Application, ApplicationAudience> audience = a -> {
            if (asState) {
                return ApplicationAudience.STATE;
            }
            return a.applicantKind() == ApplicantKind.SCHOOL
                    ? ApplicationAudience.APPLICANT
                    : ApplicationAudience.SCHOOL;
        };
        return page(
                filter(ApplicationRepository.Owner.SCHOOL, schoolId, Optional.empty(), Optional.empty()),
                audience,
                after,
                limit);
    }

    private ApplicationRepository.Filter filter(
            ApplicationRepository.Owner owner,
            UUID ownerId,
            Optional<UUID> offerId,
            Optional<ApplicationStatus> status) {
        return new ApplicationRepository.Filter(owner, ownerId, offerId, status, OfferTerms.today(clock));
    }

    private CursorPage<ApplicationView> page(
            ApplicationRepository.Filter filter,
            Function<Application, ApplicationAudience> audience,
            Optional<ListPosition> after,
            int limit) {
        List<Application> rows = applications.page(filter, after, limit + 1);
        CursorPage<Application> page =
                CursorPage.of(rows, limit, a -> new ListPosition(a.createdAt(), a.id()).encode());
        return new CursorPage<>(views.views(page.items(), audience), page.nextCursor());
    }
}
