package vn.practica.platform.inbox;

import java.time.Instant;
import java.util.Objects;
import java.util.function.BiConsumer;
import vn.practica.events.catalog.CatalogEventTypes;
import vn.practica.events.catalog.FieldEventData;
import vn.practica.events.catalog.OrganizationEventData;
import vn.practica.platform.tenancy.PartnerProjection;

/** The catalog events every consuming service applies: fields (its own way) and the partner directory. */
public final class CatalogEventRoutes {
    private CatalogEventRoutes() {}

    /** Routes field events to {@code fieldChanges} and organization events to the partner projection. */
    public static EventRoutes fieldsAndPartners(
            BiConsumer<FieldEventData, Instant> fieldChanges, PartnerProjection partners) {
        return new EventRoutes()
                .on(
                        CatalogEventTypes::isFieldEvent,
                        FieldEventData.class,
                        (data, event) -> fieldChanges.accept(data, changedAt(event)))
                .on(
                        CatalogEventTypes::isOrganizationEvent,
                        OrganizationEventData.class,
                        (data, event) -> partners.applyOrganizationChange(data, changedAt(event)));
    }

    /** When the change happened at its source; events without {@code ce_time} count as now. */
    private static Instant changedAt(IncomingEvent event) {
        return Objects.requireNonNullElseGet(event.time(), Instant::now);
    }
}
