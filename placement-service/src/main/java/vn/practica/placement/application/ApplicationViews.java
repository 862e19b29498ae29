package vn.practica.placement.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import vn.practica.placement.coverage.CompetencyCoverageService;
import vn.practica.placement.coverage.Coverage;
import vn.practica.placement.offer.OfferSeatService;
import vn.practica.placement.offer.OfferTerms;
import vn.practica.placement.placement.ApplicantKind;
import vn.practica.placement.placement.Requester;
import vn.practica.placement.student.StudentDetails;
import vn.practica.placement.student.StudentDirectoryService;

/**
 * Who may read an application and what they are shown beside it, for one application or a page: offers and
 * students in one query each, each programme's covered competency items once.
 */
@ApplicationScoped
class ApplicationViews {
    private final OfferSeatService offers;
    private final StudentDirectoryService students;
    private final CompetencyCoverageService coverage;
    private final Clock clock = Clock.systemUTC();

    ApplicationViews(OfferSeatService offers, StudentDirectoryService students, CompetencyCoverageService coverage) {
        this.offers = offers;
        this.students = students;
        this.coverage = coverage;
    }

    /**
     * The requester's standing towards the application: its applicant (the student, or the school for its
     * course), the business, the student's school, the State; empty for anyone else, who is not told it exists.
     */
    Optional<ApplicationAudience> audience(Application application, Requester requester) {
        return audience(application, requester, signedInStudent(requester));
    }

    /** As {@link #audience(Application, Requester)}, with the signed-in student already looked up. */
    Optional<ApplicationAudience> audience(
            Application application, Requester requester, Optional<StudentDetails> signedInStudent) {
        if (application.studentId() != null
                && signedInStudent
                        .filter(me -> me.id().equals(application.studentId()))
                        .isPresent()) {
            return Optional.of(ApplicationAudience.APPLICANT);
        }
        if (requester.actsForSchool(application.schoolId())) {
            return Optional.of(
                    application.applicantKind() == ApplicantKind.SCHOOL
                            ? ApplicationAudience.APPLICANT
                            : ApplicationAudience.SCHOOL);
        }
        if (requester.actsForBusiness(application.businessId())) {
            return Optional.of(ApplicationAudience.BUSINESS);
        }
        return requester.state() ? Optional.of(ApplicationAudience.STATE) : Optional.empty();
    }

    /** The student whose record the requester's login is tied to, when a student asks. */
    Optional<StudentDetails> signedInStudent(Requester requester) {
        return requester.studentLogin().flatMap(students::findByLogin);
    }

    ApplicationView view(Application application, ApplicationAudience audience) {
        return views(List.of(application), a -> audience).get(0);
    }

    List<ApplicationView> views(List<Application> page, Function<Application, ApplicationAudience> audience) {
        LocalDate today = OfferTerms.today(clock);
        Map<UUID, OfferTerms> terms = offers.findTerms(
                page.stream().map(Application::offerId).distinct().toList());
        Map<UUID, StudentDetails> shown = students.findByIds(page.stream()
                .filter(a -> audience.apply(a) == ApplicationAudience.BUSINESS
                        || audience.apply(a) == ApplicationAudience.SCHOOL)
                .map(Application::studentId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        Map<String, Set<UUID>> covered = new HashMap<>();
        return page.stream()
                .map(a -> {
                    ApplicationAudience reader = audience.apply(a);
                    OfferTerms offer = terms.get(a.offerId());
                    StudentDetails student = a.studentId() == null ? null : shown.get(a.studentId());
                    Coverage coverage = reader == ApplicationAudience.BUSINESS && student != null
                            ? Coverage.of(covered(covered, student), offer.competencyItemIds())
                            : null;
                    return new ApplicationView(a, reader, offer, student, coverage, today);
                })
                .toList();
    }

    /** The items the student's programme covers, read once per programme of the page. */
    private Set<UUID> covered(Map<String, Set<UUID>> byProgramme, StudentDetails student) {
        return byProgramme.computeIfAbsent(
                student.schoolId() + "\n" + student.programSourcedId(),
                k -> coverage.coveredItems(student.schoolId(), student.programSourcedId()));
    }
}
