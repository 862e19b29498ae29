package vn.practica.placement.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.practica.placement.offer.OfferSeatService;
import vn.practica.placement.offer.OfferTerms;
import vn.practica.placement.student.StudentDetails;
import vn.practica.placement.student.StudentDirectoryService;
import vn.practica.platform.housekeeping.PurgeLoop;
import vn.practica.platform.outbox.Outbox;

/**
 * Marks offers to applicants that were not accepted by their respondBy day EXPIRED, with their event, on a daemon
 * thread of each instance ({@link PurgeLoop}, as idempotency keys are purged: a plain interval is all it needs,
 * and nothing waits on it, since acceptance refuses an overdue offer itself). Instances share the work: each
 * batch locks its rows with {@code for update skip locked}, in its own short transaction.
 */
@ApplicationScoped
public class ApplicationExpiryService {
    private final ApplicationRepository applications;
    private final OfferSeatService offers;
    private final StudentDirectoryService students;
    private final ApplicationConfig config;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();
    private PurgeLoop loop;

    ApplicationExpiryService(
            ApplicationRepository applications,
            OfferSeatService offers,
            StudentDirectoryService students,
            ApplicationConfig config,
            Outbox outbox) {
        this.applications = applications;
        this.offers = offers;
        this.students = students;
        this.config = config;
        this.outbox = outbox;
    }

    void start(@Observes StartupEvent startup) {
        loop = PurgeLoop.start(
                "application-expiry",
                "offers to applicants not accepted in time (expired)",
                config.expiry().interval(),
                this::expireOverdueOffers);
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        if (loop != null) {
            loop.stop();
        }
    }

    /** Expires every overdue offer now, batch by batch, each in its own transaction; returns how many. */
    public int expireOverdueOffers() throws Exception {
        return PurgeLoop.drain(
                config.expiry().batchSize(),
                size -> QuarkusTransaction.requiringNew().call(() -> expireBatch(size)));
    }

    private int expireBatch(int size) {
        List<Application> overdue = applications.overdueOffersForUpdate(OfferTerms.today(clock), size);
        Map<UUID, OfferTerms> terms = offers.findTerms(
                overdue.stream().map(Application::offerId).distinct().toList());
        Map<UUID, StudentDetails> applicants = students.findByIds(overdue.stream()
                .map(Application::studentId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        Instant now = clock.instant();
        for (Application application : overdue) {
            application.expire(now);
            StudentDetails student = applicants.get(application.studentId());
            outbox.append(ApplicationEvents.moved(
                    application,
                    ApplicationStatus.OFFERED,
                    terms.get(application.offerId()),
                    student == null ? null : student.pseudonym()));
        }
        return overdue.size();
    }
}
