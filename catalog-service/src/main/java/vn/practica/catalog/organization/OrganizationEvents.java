package vn.practica.catalog.organization;

import vn.practica.events.Topics;
import vn.practica.events.catalog.CatalogEventTypes;
import vn.practica.events.catalog.OrganizationEventData;
import vn.practica.platform.outbox.OutboxEvent;

/** Maps partner changes to the event contract; contact details never leave catalog-service. */
public final class OrganizationEvents {
    private OrganizationEvents() {}

    public static OutboxEvent registered(Organization org) {
        return event(CatalogEventTypes.ORGANIZATION_REGISTERED, org);
    }

    /** The event for the status the organization has just moved to. */
    public static OutboxEvent statusChanged(Organization org) {
        return switch (org.status()) {
            case VERIFIED -> event(CatalogEventTypes.ORGANIZATION_VERIFIED, org);
            case SUSPENDED -> event(CatalogEventTypes.ORGANIZATION_SUSPENDED, org);
            case REJECTED -> event(CatalogEventTypes.ORGANIZATION_REJECTED, org);
            case PENDING -> throw new IllegalStateException("No event moves an organization back to PENDING");
        };
    }

    private static OutboxEvent event(String type, Organization org) {
        OrganizationEventData data = new OrganizationEventData(
                org.id().toString(),
                org.kind().name(),
                org.shortName(),
                org.legalName(),
                org.provinceCode(),
                org.status().name(),
                org.fieldCodes(),
                org.version());
        String id = org.id().toString();
        return new OutboxEvent(Topics.CATALOG, CatalogEventTypes.AGGREGATE_ORGANIZATION, id, type, data);
    }
}
