package vn.practica.placement.placement;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import vn.practica.events.Topics;
import vn.practica.events.placement.PlacementCompletedEventData;
import vn.practica.events.placement.PlacementEventData;
import vn.practica.events.placement.PlacementEventTypes;
import vn.practica.placement.offer.OfferTerms;
import vn.practica.platform.outbox.OutboxEvent;

/**
 * Maps a placement to the event contract: ids, the student only by pseudonym, who ended it, and the offer's terms.
 * The reason a placement ended is people's words: it stays here.
 */
final class PlacementEvents {
    private PlacementEvents() {}

    static OutboxEvent proposed(PlacementDetails placement, OfferTerms offer, UUID pseudonym) {
        return event(PlacementEventTypes.PLACEMENT_PROPOSED, placement, offer, pseudonym);
    }

    static OutboxEvent agreed(PlacementDetails placement, OfferTerms offer, UUID pseudonym) {
        return event(PlacementEventTypes.PLACEMENT_AGREED, placement, offer, pseudonym);
    }

    static OutboxEvent started(PlacementDetails placement, OfferTerms offer, UUID pseudonym) {
        return event(PlacementEventTypes.PLACEMENT_STARTED, placement, offer, pseudonym);
    }

    static OutboxEvent withdrawn(PlacementDetails placement, OfferTerms offer, UUID pseudonym) {
        return event(PlacementEventTypes.PLACEMENT_WITHDRAWN, placement, offer, pseudonym);
    }

    static OutboxEvent terminated(PlacementDetails placement, OfferTerms offer, UUID pseudonym) {
        return event(PlacementEventTypes.PLACEMENT_TERMINATED, placement, offer, pseudonym);
    }

    static OutboxEvent completed(
            PlacementDetails p, OfferTerms offer, UUID pseudonym, PlacementCompletion completion, LocalDate today) {
        String id = p.id().toString();
        PlacementCompletedEventData data = new PlacementCompletedEventData(
                id,
                p.offerId().toString(),
                p.businessId().toString(),
                p.schoolId().toString(),
                p.applicantKind().name(),
                Objects.toString(pseudonym, null),
                offer.fieldCode(),
                completion.provinceCode(),
                completion.cooperationModelCode(),
                completion.cooperationModelVersion(),
                offer.contributionKind().name(),
                completion.agreedHours(),
                completion.approvedHours(),
                completion.itemMeans().stream()
                        .map(mean -> new PlacementCompletedEventData.ItemScore(
                                mean.itemId().toString(), mean.meanScore()))
                        .toList(),
                today.toString(),
                p.version());
        return new OutboxEvent(
                Topics.PLACEMENT,
                PlacementEventTypes.AGGREGATE_PLACEMENT,
                id,
                PlacementEventTypes.PLACEMENT_COMPLETED,
                data);
    }

    private static OutboxEvent event(String type, PlacementDetails p, OfferTerms offer, UUID pseudonym) {
        String id = p.id().toString();
        PlacementEventData data = new PlacementEventData(
                id,
                p.applicationId().toString(),
                p.offerId().toString(),
                p.businessId().toString(),
                p.schoolId().toString(),
                p.applicantKind().name(),
                Objects.toString(pseudonym, null),
                p.courseSourcedId(),
                p.status().name(),
                p.endedBy() == null ? null : p.endedBy().name(),
                offer.fieldCode(),
                offer.provinceCode(),
                offer.workMode().name(),
                offer.cooperationModelCode(),
                offer.cooperationModelVersion(),
                offer.contributionKind().name(),
                offer.expectedHours(),
                date(offer.jobStartDate()),
                date(offer.jobEndDate()),
                p.version());
        return new OutboxEvent(Topics.PLACEMENT, PlacementEventTypes.AGGREGATE_PLACEMENT, id, type, data);
    }

    private static String date(LocalDate date) {
        return Objects.toString(date, null);
    }
}
