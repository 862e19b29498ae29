package vn.practica.placement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.practica.placement.offer.OfferCancellationFollowUp;
import vn.practica.placement.offer.OfferTerms;
import vn.practica.placement.placement.PlacementService;
import vn.practica.placement.student.StudentDetails;
import vn.practica.placement.student.StudentDirectoryService;
import vn.practica.platform.outbox.Outbox;

/**
 * What a cancelled offer ends: its open applications become CANCELLED and its running placements TERMINATED with
 * the cancellation's reason (their seats freed), each announced, inside the cancellation's transaction, which
 * holds the offer's lock: the order offer, applications, placements that seat changes keep too.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ApplicationCancellationService implements OfferCancellationFollowUp {
    private final ApplicationRepository applications;
    private final StudentDirectoryService students;
    private final PlacementService placements;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    ApplicationCancellationService(
            ApplicationRepository applications,
            StudentDirectoryService students,
            PlacementService placements,
            Outbox outbox) {
        this.applications = applications;
        this.students = students;
        this.placements = placements;
        this.outbox = outbox;
    }

    @Override
    public void followOfferCancellation(OfferTerms offer, String reason) {
        List<Application> open = applications.openOfOfferForUpdate(offer.id());
        Map<UUID, StudentDetails> applicants = students.findByIds(open.stream()
                .map(Application::studentId)
                .filter(Objects::nonNull)
                .toList());
        Instant now = clock.instant();
        for (Application application : open) {
            // An unanswered offer past its day ends as cancelled too: the offer is what ended it
            ApplicationStatus from = application.storedStatus();
            application.cancel(now);
            StudentDetails student = applicants.get(application.studentId());
            outbox.append(
                    ApplicationEvents.moved(application, from, offer, student == null ? null : student.pseudonym()));
        }
        placements.terminatePlacements(offer, reason);
    }
}
