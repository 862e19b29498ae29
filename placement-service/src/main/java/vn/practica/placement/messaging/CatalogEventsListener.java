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

/** Applies catalog-service's events to placement's reference data, once each. */
@ApplicationScoped
public class CatalogEventsListener {
    private final EventConsumer consumer;
    private final ReferenceDataService referenceData;

    CatalogEventsListener(EventConsumer consumer, ReferenceDataService referenceData) {
        this.consumer = consumer;
        this.referenceData = referenceData;
    }

    @Incoming("catalog-events")
    @Blocking
    public void onCatalogEvent(ConsumerRecord<String, String> record) {
        consumer.consume(
                record,
                CatalogEventTypes::isFieldEvent,
                FieldEventData.class,
                (data, event) -> referenceData.applyFieldChange(
                        data, Objects.requireNonNullElseGet(event.time(), Instant::now)));
    }
}
