package vn.practica.catalog.field;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.practica.events.Topics;
import vn.practica.events.catalog.CatalogEventTypes;
import vn.practica.events.catalog.FieldCompetenciesEventData;
import vn.practica.events.catalog.FieldEventData;
import vn.practica.platform.outbox.OutboxEvent;

/** Maps field changes to the event contract. */
public final class FieldEvents {
    private FieldEvents() {}

    public static OutboxEvent created(Field field) {
        return event(CatalogEventTypes.FIELD_CREATED, field);
    }

    public static OutboxEvent renamed(Field field) {
        return event(CatalogEventTypes.FIELD_RENAMED, field);
    }

    public static OutboxEvent retired(Field field) {
        return event(CatalogEventTypes.FIELD_RETIRED, field);
    }

    public static OutboxEvent competenciesChanged(String fieldCode, Set<UUID> itemIds) {
        List<String> sorted = itemIds.stream().map(UUID::toString).sorted().toList();
        return new OutboxEvent(
                Topics.CATALOG,
                CatalogEventTypes.AGGREGATE_FIELD,
                fieldCode,
                CatalogEventTypes.FIELD_COMPETENCIES_CHANGED,
                new FieldCompetenciesEventData(fieldCode, sorted));
    }

    private static OutboxEvent event(String type, Field field) {
        FieldEventData data = new FieldEventData(
                field.code(), field.nameVi(), field.nameEn(), field.status().name(), field.version());
        return new OutboxEvent(Topics.CATALOG, CatalogEventTypes.AGGREGATE_FIELD, field.code(), type, data);
    }
}
