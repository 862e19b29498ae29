package vn.practica.reporting.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.practica.events.catalog.CatalogEventTypes;
import vn.practica.events.catalog.FieldEventData;
import vn.practica.platform.inbox.EventConsumer;
import vn.practica.reporting.service.FieldKpiService;

/** Projects catalog-service's events into reporting, once each. */
@ApplicationScoped
public class CatalogEventsListener {
    private final EventConsumer consumer;
    private final FieldKpiService fieldKpis;

    CatalogEventsListener(EventConsumer consumer, FieldKpiService fieldKpis) {
        this.consumer = consumer;
        this.fieldKpis = fieldKpis;
    }

    @Incoming("catalog-events")
    @Blocking
    public void onCatalogEvent(ConsumerRecord<String, String> record) {
        consumer.consume(
                record,
                CatalogEventTypes::isFieldEvent,
                FieldEventData.class,
                (data, event) ->
                        fieldKpis.applyFieldChange(data, Objects.requireNonNullElseGet(event.time(), Instant::now)));
    }
}
