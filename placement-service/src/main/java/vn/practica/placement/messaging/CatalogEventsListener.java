package vn.practica.placement.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.practica.events.catalog.CatalogEventTypes;
import vn.practica.events.catalog.CooperationModelEventData;
import vn.practica.placement.reference.ReferenceDataService;
import vn.practica.platform.inbox.EventConsumer;
import vn.practica.platform.inbox.EventRoutes;
import vn.practica.reference.CatalogReferenceRoutes;
import vn.practica.reference.competency.CompetencyProjection;
import vn.practica.reference.curriculum.CurriculumProjection;
import vn.practica.reference.partner.PartnerProjection;

/** Applies catalog-service's events to placement's reference data, once each. */
@ApplicationScoped
public class CatalogEventsListener {
    private final EventConsumer consumer;
    private final EventRoutes routes;

    CatalogEventsListener(
            EventConsumer consumer,
            ReferenceDataService referenceData,
            PartnerProjection partners,
            CompetencyProjection competencies,
            CurriculumProjection curricula) {
        this.consumer = consumer;
        this.routes = CatalogReferenceRoutes.referenceData(
                        referenceData::applyFieldChange, partners, competencies, curricula)
                .on(
                        CatalogEventTypes::isCooperationModelEvent,
                        CooperationModelEventData.class,
                        (data, event) -> referenceData.applyCooperationModelChange(
                                data, CatalogReferenceRoutes.changedAt(event)));
    }

    @Incoming("catalog-events")
    @Blocking
    public void onCatalogEvent(ConsumerRecord<String, String> record) {
        consumer.consume(record, routes);
    }
}
