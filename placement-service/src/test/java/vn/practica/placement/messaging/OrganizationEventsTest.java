package vn.practica.placement.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.practica.events.Topics;
import vn.practica.platform.tenancy.OrganizationStatuses;
import vn.practica.testkit.SampleEvents;
import vn.practica.testkit.SampleEvents.SampleEvent;

@QuarkusTest
class OrganizationEventsTest {
    @Inject
    OrganizationStatuses statuses;

    @Inject
    EntityManager em;

    private static SampleEvent event(String name, String id, long version) {
        return SampleEvents.sample(
                "catalog/organization." + name + ".v1.json", id, Map.of("id", id, "version", version));
    }

    private long version(String id) {
        List<?> rows = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("select version from partner_organization where id = ?1")
                        .setParameter(1, UUID.fromString(id))
                        .getResultList());
        return rows.isEmpty() ? 0L : ((Number) rows.get(0)).longValue();
    }

    @Test
    void suspensionFromCatalogIsKnownHereAndALateOlderEventDoesNotLiftIt() {
        String id = UUID.randomUUID().toString();
        SampleEvents.send(
                Topics.CATALOG, event("registered", id, 1), event("suspended", id, 3), event("verified", id, 2));
        await().atMost(Duration.ofSeconds(30)).until(() -> version(id) == 3);
        assertTrue(statuses.isSuspended(id));
    }

    @Test
    void organizationsThatAreNotSuspendedOrUnknownMayWrite() {
        String id = UUID.randomUUID().toString();
        SampleEvents.send(Topics.CATALOG, event("registered", id, 1), event("verified", id, 2));
        await().atMost(Duration.ofSeconds(30)).until(() -> version(id) == 2);
        assertTrue(!statuses.isSuspended(id));
        assertTrue(!statuses.isSuspended(UUID.randomUUID().toString()));
        assertTrue(!statuses.isSuspended("MOST"));
    }
}
