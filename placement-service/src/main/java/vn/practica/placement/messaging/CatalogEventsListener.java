package vn.practica.placement.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.practica.events.catalog.CatalogEventTypes;
import vn.practica.events.catalog.FieldEventData;
import vn.practica.placement.service.ReferenceDataService;
import vn.practica.platform.inbox.EventConsumer;
import vn.practica.platform.inbox.EventData;
import vn.practica.platform.inbox.IncomingEvent;

/** Applies catalog-service's events to placement's reference data, once each. */
@ApplicationScoped
public class CatalogEventsListener {
    private final EventConsumer consumer;
    private final EventData eventData;
    private final ReferenceDataService referenceData;

    CatalogEventsListener(EventConsumer consumer, EventData eventData, ReferenceDataService referenceData) {
        this.consumer = consumer;
        this.eventData = eventData;
        this.referenceData = referenceData;
    }

    @Incoming("catalog-events")
    @Blocking
    public void onCatalogEvent(ConsumerRecord<String, String> record) {
        consumer.consume(record, this::apply);
    }

    /** Unknown types are skipped on purpose: producers may add event types before consumers need them. */
    private void apply(IncomingEvent event) {
        if (CatalogEventTypes.isFieldEvent(event.type())) {
            FieldEventData data = eventData.read(event, FieldEventData.class);
            referenceData.applyFieldChange(data, Objects.requireNonNullElseGet(event.time(), Instant::now));
        }
    }
}
