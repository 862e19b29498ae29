package vn.practica.placement.application;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import vn.practica.events.Topics;
import vn.practica.events.placement.ApplicationEventData;
import vn.practica.events.placement.PlacementEventTypes;
import vn.practica.placement.offer.OfferTerms;
import vn.practica.platform.outbox.OutboxEvent;

/**
 * Maps an application to the event contract: ids, the student only by pseudonym, the move, the offer's terms.
 * The motivation, the answers and a rejection's reason are people's words: they stay here.
 */
final class ApplicationEvents {
    private ApplicationEvents() {}

    static OutboxEvent submitted(Application application, OfferTerms offer, UUID pseudonym) {
        return event(PlacementEventTypes.APPLICATION_SUBMITTED, application, null, offer, pseudonym);
    }

    /** A move from {@code from}: {@code application.withdrawn} for a withdrawal, else status-changed. */
    static OutboxEvent moved(Application application, ApplicationStatus from, OfferTerms offer, UUID pseudonym) {
        String type = application.storedStatus() == ApplicationStatus.WITHDRAWN
                ? PlacementEventTypes.APPLICATION_WITHDRAWN
                : PlacementEventTypes.APPLICATION_STATUS_CHANGED;
        return event(type, application, from, offer, pseudonym);
    }

    private static OutboxEvent event(
            String type, Application a, ApplicationStatus from, OfferTerms offer, UUID pseudonym) {
        String id = a.id().toString();
        ApplicationStatus to = a.storedStatus();
        ApplicationEventData data = new ApplicationEventData(
                id,
                a.offerId().toString(),
                a.businessId().toString(),
                a.schoolId().toString(),
                a.applicantKind().name(),
                Objects.toString(pseudonym, null),
                a.courseSourcedId(),
                from == null ? null : from.name(),
                to.name(),
                to == ApplicationStatus.OFFERED ? date(a.respondBy()) : null,
                offer.fieldCode(),
                offer.provinceCode(),
                offer.workMode().name(),
                offer.cooperationModelCode(),
                offer.cooperationModelVersion(),
                offer.contributionKind().name(),
                offer.expectedHours(),
                date(offer.jobStartDate()),
                date(offer.jobEndDate()),
                a.version());
        return new OutboxEvent(Topics.PLACEMENT, PlacementEventTypes.AGGREGATE_APPLICATION, id, type, data);
    }

    private static String date(LocalDate date) {
        return Objects.toString(date, null);
    }
}
