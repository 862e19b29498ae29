package vn.practica.placement.offer;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import vn.practica.events.Topics;
import vn.practica.events.placement.OfferEventData;
import vn.practica.events.placement.PlacementEventTypes;
import vn.practica.platform.outbox.OutboxEvent;

/**
 * Maps an offer to the event contract: the offer after the change, without its mentors (business users), the
 * questions for applicants or the description.
 */
final class OfferEvents {
    private OfferEvents() {}

    static OutboxEvent published(Offer offer) {
        return event(PlacementEventTypes.OFFER_PUBLISHED, offer);
    }

    static OutboxEvent updated(Offer offer) {
        return event(PlacementEventTypes.OFFER_UPDATED, offer);
    }

    static OutboxEvent closed(Offer offer) {
        return event(PlacementEventTypes.OFFER_CLOSED, offer);
    }

    static OutboxEvent cancelled(Offer offer) {
        return event(PlacementEventTypes.OFFER_CANCELLED, offer);
    }

    private static OutboxEvent event(String type, Offer offer) {
        String id = offer.id().toString();
        OfferContent c = offer.content();
        OfferEventData data = new OfferEventData(
                id,
                offer.businessId().toString(),
                offer.externalRef(),
                offer.status().name(),
                c.title(),
                c.fieldCode(),
                c.competencyItemIds().stream().map(UUID::toString).sorted().toList(),
                c.seats(),
                c.workMode().name(),
                c.provinceCode(),
                date(c.jobStartDate()),
                date(c.jobEndDate()),
                c.expectedHours(),
                date(c.validThrough()),
                c.stipendVnd(),
                c.cooperationModelCode(),
                offer.cooperationModelVersion(),
                c.contributionKind().name(),
                new OfferEventData.Eligibility(
                        c.eligibility().schoolIds().stream()
                                .map(UUID::toString)
                                .sorted()
                                .toList(),
                        c.eligibility().programSourcedIds(),
                        c.eligibility().yearsOfStudy()),
                offer.cancelReason(),
                offer.version());
        return new OutboxEvent(Topics.PLACEMENT, PlacementEventTypes.AGGREGATE_OFFER, id, type, data);
    }

    private static String date(LocalDate date) {
        return Objects.toString(date, null);
    }
}
