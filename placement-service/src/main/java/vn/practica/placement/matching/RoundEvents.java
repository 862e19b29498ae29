package vn.practica.placement.matching;

import java.util.UUID;
import vn.practica.events.Topics;
import vn.practica.events.placement.PlacementEventTypes;
import vn.practica.events.placement.RoundEventData;
import vn.practica.platform.outbox.OutboxEvent;

/** Maps a round to the event contract: the round as it stands, and a run's counts once it is matched. */
final class RoundEvents {
    private RoundEvents() {}

    static OutboxEvent opened(MatchingRound round, int offers) {
        return event(PlacementEventTypes.ROUND_OPENED, round, offers, null);
    }

    static OutboxEvent closed(MatchingRound round, int offers) {
        return event(PlacementEventTypes.ROUND_CLOSED, round, offers, null);
    }

    static OutboxEvent matched(MatchingRound round, int offers, RoundEventData.Summary summary) {
        return event(PlacementEventTypes.ROUND_MATCHED, round, offers, summary);
    }

    private static OutboxEvent event(String type, MatchingRound r, int offers, RoundEventData.Summary summary) {
        String id = r.id().toString();
        RoundEventData data = new RoundEventData(
                id,
                r.name(),
                r.term(),
                r.organizerKind().name(),
                r.organizerId().map(UUID::toString).orElse(null),
                r.fieldCode().orElse(null),
                r.provinceCode().orElse(null),
                r.startsFrom().toString(),
                r.startsUntil().toString(),
                r.preferenceDeadline().toString(),
                r.choiceCap(),
                Long.toString(r.seed()),
                r.status().name(),
                offers,
                summary,
                r.version());
        return new OutboxEvent(Topics.PLACEMENT, PlacementEventTypes.AGGREGATE_ROUND, id, type, data);
    }
}
