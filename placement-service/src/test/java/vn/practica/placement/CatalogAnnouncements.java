package vn.practica.placement;

import static org.awaitility.Awaitility.await;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import vn.practica.events.Topics;
import vn.practica.placement.reference.ReferenceDataService;
import vn.practica.reference.partner.Partner;
import vn.practica.reference.partner.PartnerProjection;
import vn.practica.testkit.SampleEvents;
import vn.practica.testkit.SampleEvents.SampleEvent;

/**
 * What catalog-service would announce, sent to the test broker as its checked-in samples: partners in a given
 * kind and status, and fields. Each call waits until placement-service has applied it.
 */
public final class CatalogAnnouncements {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private CatalogAnnouncements() {}

    /** A school the State verified. */
    public static UUID verifiedSchool() {
        return partner(Partner.SCHOOL, "verified");
    }

    /** A partner of {@code kind} whose last event is {@code organization.<lastEvent>} (registered: pending). */
    public static UUID partner(String kind, String lastEvent) {
        UUID id = UUID.randomUUID();
        List<SampleEvent> events = new ArrayList<>();
        events.add(organization("registered", id, kind, 1));
        if (!"registered".equals(lastEvent)) {
            events.add(organization(lastEvent, id, kind, 2));
        }
        SampleEvents.send(Topics.CATALOG, events.toArray(SampleEvent[]::new));
        String status = "registered".equals(lastEvent) ? "PENDING" : lastEvent.toUpperCase(Locale.ROOT);
        await().atMost(WAIT)
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> partners().findPartner(id))
                        .filter(p -> p.status().equals(status))
                        .isPresent());
        return id;
    }

    /** A field catalog created, under a code of its own ({@code prefix} and a random suffix). */
    public static String activeField(String prefix) {
        String code = prefix + "_" + suffix();
        SampleEvents.send(
                Topics.CATALOG, SampleEvents.sample("catalog/field.created.v1.json", code, Map.of("code", code)));
        await().atMost(WAIT).until(() -> activeCodes().contains(code));
        return code;
    }

    /** A field catalog created and then retired. */
    public static String retiredField(String prefix) {
        String code = activeField(prefix);
        SampleEvents.send(
                Topics.CATALOG,
                SampleEvents.sample("catalog/field.retired.v1.json", code, Map.of("code", code, "version", 2)));
        await().atMost(WAIT).until(() -> !activeCodes().contains(code));
        return code;
    }

    private static SampleEvent organization(String name, UUID id, String kind, long version) {
        return SampleEvents.sample(
                "catalog/organization." + name + ".v1.json",
                id.toString(),
                Map.of("id", id.toString(), "kind", kind, "version", version));
    }

    private static String suffix() {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }

    private static PartnerProjection partners() {
        return Arc.container().instance(PartnerProjection.class).get();
    }

    private static Set<String> activeCodes() {
        ReferenceDataService fields =
                Arc.container().instance(ReferenceDataService.class).get();
        return QuarkusTransaction.requiringNew().call(fields::activeFieldCodes);
    }
}
