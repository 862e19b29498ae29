package vn.practica.reporting.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.practica.events.placement.ApplicationEventData;
import vn.practica.events.placement.OfferEventData;
import vn.practica.events.placement.PlacementEventData;
import vn.practica.events.placement.PlacementEventTypes;
import vn.practica.events.placement.StudentEventData;
import vn.practica.platform.inbox.EventBatchConsumer;
import vn.practica.platform.inbox.EventBatchRoute;
import vn.practica.platform.inbox.EventData;
import vn.practica.platform.inbox.IncomingEvent;
import vn.practica.reporting.facts.FactChange;
import vn.practica.reporting.facts.PlacementEventFacts;
import vn.practica.reporting.facts.PlacementFactsService;

/**
 * Reporting's side of platform's batch consumption of the placement topic: the change each event makes to the facts,
 * checked before the transaction, and the facts' set-based write. One transaction per poll's batch, each event still
 * once, retried whole while the database is unavailable: {@link EventBatchConsumer}.
 */
@ApplicationScoped
public class PlacementEventBatches implements EventBatchRoute<FactChange> {
    private final EventBatchConsumer consumer;
    private final PlacementFactsService facts;
    private final EventData eventData;

    PlacementEventBatches(EventBatchConsumer consumer, PlacementFactsService facts, EventData eventData) {
        this.consumer = consumer;
        this.facts = facts;
        this.eventData = eventData;
    }

    /** Applies the records' events once each; returns how many were applied now (not duplicates or skipped). */
    public int apply(Iterable<ConsumerRecord<String, String>> records) {
        return consumer.consume(records, this);
    }

    /** The change the event makes, or null for a type reporting does not keep. */
    @Override
    public FactChange change(IncomingEvent event) {
        String type = event.type();
        if (PlacementEventTypes.isOfferEvent(type)) {
            return PlacementEventFacts.offer(eventData.read(event, OfferEventData.class), event.time());
        }
        if (PlacementEventTypes.isApplicationEvent(type)) {
            return PlacementEventFacts.application(
                    type, eventData.read(event, ApplicationEventData.class), event.time());
        }
        if (PlacementEventTypes.isPlacementEvent(type)) {
            return PlacementEventFacts.placement(eventData.read(event, PlacementEventData.class), event.time());
        }
        if (PlacementEventTypes.isStudentEvent(type)) {
            return PlacementEventFacts.student(eventData.read(event, StudentEventData.class), event.time());
        }
        return null;
    }

    @Override
    public void applyAll(List<FactChange> changes) {
        facts.applyAll(changes);
    }
}
