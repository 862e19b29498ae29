package vn.practica.reporting.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.practica.events.catalog.CatalogEventTypes;
import vn.practica.events.catalog.CooperationModelEventData;
import vn.practica.platform.inbox.EventConsumer;
import vn.practica.platform.inbox.EventRoutes;
import vn.practica.reference.CatalogReferenceRoutes;
import vn.practica.reference.competency.CompetencyProjection;
import vn.practica.reference.curriculum.CurriculumProjection;
import vn.practica.reference.partner.PartnerProjection;
import vn.practica.reporting.cooperation.CooperationModelProjectionService;
import vn.practica.reporting.kpi.FieldKpiService;

/** Projects catalog-service's events into reporting, once each. */
@ApplicationScoped
public class CatalogEventsListener {
    private final EventConsumer consumer;
    private final EventRoutes routes;

    CatalogEventsListener(
            EventConsumer consumer,
            FieldKpiService fieldKpis,
            CooperationModelProjectionService cooperationModels,
            PartnerProjection partners,
            CompetencyProjection competencies,
            CurriculumProjection curricula) {
        this.consumer = consumer;
        this.routes = CatalogReferenceRoutes.referenceData(
                        fieldKpis::applyFieldChange, partners, competencies, curricula)
                .on(
                        CatalogEventTypes::isCooperationModelEvent,
                        CooperationModelEventData.class,
                        (data, event) -> cooperationModels.applyCooperationModelChange(
                                data, CatalogReferenceRoutes.changedAt(event)));
    }

    @Incoming("catalog-events")
    @Blocking
    public void onCatalogEvent(ConsumerRecord<String, String> record) {
        consumer.consume(record, routes);
    }
}
