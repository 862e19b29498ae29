package vn.practica.catalog.competency;

import java.util.UUID;
import vn.practica.events.Topics;
import vn.practica.events.catalog.CatalogEventTypes;
import vn.practica.events.catalog.CompetencyAssociationEventData;
import vn.practica.events.catalog.CompetencyFrameworkEventData;
import vn.practica.events.catalog.CompetencyItemEventData;
import vn.practica.platform.outbox.OutboxEvent;

/**
 * Maps competency frameworks, items and associations to the event contract. A deletion carries the last
 * state with the next version, so a consumer that keeps the highest version also orders the deletion.
 */
public final class CompetencyEvents {
    private CompetencyEvents() {}

    public static OutboxEvent frameworkUpserted(CompetencyFramework f) {
        return framework(CatalogEventTypes.COMPETENCY_FRAMEWORK_UPSERTED, f, f.version());
    }

    public static OutboxEvent frameworkDeleted(CompetencyFramework f) {
        return framework(CatalogEventTypes.COMPETENCY_FRAMEWORK_DELETED, f, f.version() + 1);
    }

    public static OutboxEvent itemUpserted(CompetencyItem item) {
        return item(CatalogEventTypes.COMPETENCY_ITEM_UPSERTED, item, item.version());
    }

    public static OutboxEvent itemDeleted(CompetencyItem item) {
        return item(CatalogEventTypes.COMPETENCY_ITEM_DELETED, item, item.version() + 1);
    }

    public static OutboxEvent associationUpserted(CompetencyAssociation a) {
        return association(CatalogEventTypes.COMPETENCY_ASSOCIATION_UPSERTED, a, a.version());
    }

    public static OutboxEvent associationDeleted(CompetencyAssociation a) {
        return association(CatalogEventTypes.COMPETENCY_ASSOCIATION_DELETED, a, a.version() + 1);
    }

    private static OutboxEvent framework(String type, CompetencyFramework f, long version) {
        var data = new CompetencyFrameworkEventData(
                f.id().toString(),
                f.uri(),
                f.title(),
                f.creator(),
                f.publisher(),
                f.frameworkVersion(),
                f.adoptionStatus(),
                f.language(),
                version);
        return event(CatalogEventTypes.AGGREGATE_COMPETENCY_FRAMEWORK, f.id(), type, data);
    }

    private static OutboxEvent item(String type, CompetencyItem item, long version) {
        var data = new CompetencyItemEventData(
                item.id().toString(),
                item.frameworkId().toString(),
                item.uri(),
                item.humanCodingScheme(),
                item.fullStatement(),
                item.itemType(),
                item.educationLevel(),
                item.escoUri(),
                version);
        return event(CatalogEventTypes.AGGREGATE_COMPETENCY_ITEM, item.id(), type, data);
    }

    private static OutboxEvent association(String type, CompetencyAssociation a, long version) {
        var data = new CompetencyAssociationEventData(
                a.id().toString(),
                a.frameworkId().toString(),
                a.associationType(),
                a.sequenceNumber(),
                a.origin().identifier().toString(),
                a.origin().uri(),
                a.destination().identifier().toString(),
                a.destination().uri(),
                version);
        return event(CatalogEventTypes.AGGREGATE_COMPETENCY_ASSOCIATION, a.id(), type, data);
    }

    private static OutboxEvent event(String aggregate, UUID id, String type, Object data) {
        return new OutboxEvent(Topics.CATALOG, aggregate, id.toString(), type, data);
    }
}
