package vn.practica.placement.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.practica.events.catalog.CatalogEventTypes;
import vn.practica.events.catalog.FieldEventData;
import vn.practica.events.catalog.OrganizationEventData;
import vn.practica.placement.service.ReferenceDataService;
import vn.practica.platform.inbox.EventConsumer;
import vn.practica.platform.inbox.EventRoutes;
import vn.practica.platform.inbox.IncomingEvent;
import vn.practica.platform.tenancy.PartnerProjection;

/** Applies catalog-service's events to placement's reference data, once each. */
@ApplicationScoped
public class CatalogEventsListener {
    private final EventConsumer consumer;
    private final EventRoutes routes;

    CatalogEventsListener(EventConsumer consumer, ReferenceDataService referenceData, PartnerProjection partners) {
        this.consumer = consumer;
        this.routes = new EventRoutes()
                .on(
                        CatalogEventTypes::isFieldEvent,
                        FieldEventData.class,
                        (data, event) -> referenceData.applyFieldChange(data, changedAt(event)))
                .on(
                        CatalogEventTypes::isOrganizationEvent,
                        OrganizationEventData.class,
                        (data, event) -> partners.applyOrganizationChange(data, changedAt(event)));
    }

    @Incoming("catalog-events")
    @Blocking
    public void onCatalogEvent(ConsumerRecord<String, String> record) {
        consumer.consume(record, routes);
    }

    private static Instant changedAt(IncomingEvent event) {
        return Objects.requireNonNullElseGet(event.time(), Instant::now);
    }
}
