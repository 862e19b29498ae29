package vn.practica.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.practica.devkit.PracticaStack;
import vn.practica.events.catalog.CatalogEventTypes;
import vn.practica.partner.PartnerStreamConsumer;

/**
 * The partners' example consumer of docs/partner-stream.md, run as a read-only partner against the suite's broker:
 * in its own consumer group it receives a field the State just created and parses it as the AsyncAPI document
 * describes it, and the services' own groups go on as before.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerStreamEndToEndIT {
    private static final Duration DEADLINE = Duration.ofSeconds(120);

    private PracticaStack stack;
    private final String group = "partner-example-" + UUID.randomUUID();

    @BeforeAll
    void startSuite() throws Exception {
        stack = E2eStack.start();
    }

    @AfterAll
    void stopSuite() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aPartnerInItsOwnGroupReceivesAndParsesAFieldTheStateCreated() throws Exception {
        Set<String> servicesGroups = groups();
        String code = "PARTNER_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().baseUri(stack.service("catalog").baseUrl())
                .auth()
                .oauth2(stack.tokens().mint("e2e-ministry-officer", "state", "MOST", Duration.ofHours(1)))
                .contentType(ContentType.JSON)
                .body(Map.of("code", code, "nameVi", "Lĩnh vực đối tác", "nameEn", "Partner field"))
                .post("/api/v1/fields")
                .then()
                .statusCode(201);

        PartnerStreamConsumer.Received created;
        try (PartnerStreamConsumer partner = new PartnerStreamConsumer(
                PartnerStreamConsumer.connection(stack.broker().bootstrapServers()), group)) {
            created =
                    receive(partner, e -> e.type().equals(CatalogEventTypes.FIELD_CREATED) && code.equals(e.subject()));
        }

        assertEquals("practica.catalog.events", created.topic());
        assertEquals("/practica/catalog-service", created.source());
        assertEquals(code, created.data().get("code").asText());
        assertEquals("Partner field", created.data().get("nameEn").asText());
        assertEquals("ACTIVE", created.data().get("status").asText());
        assertEquals(1, created.data().get("version").asLong());
        UUID.fromString(created.id());

        Set<String> after = groups();
        assertTrue(after.contains(group), "the partner's own group, with its committed offsets: " + after);
        assertTrue(after.containsAll(servicesGroups), "the services' groups are untouched: " + after);
        assertTrue(servicesGroups.stream().noneMatch(g -> g.startsWith("partner-")), servicesGroups.toString());
    }

    private static PartnerStreamConsumer.Received receive(
            PartnerStreamConsumer partner, Predicate<PartnerStreamConsumer.Received> wanted) {
        List<PartnerStreamConsumer.Received> seen = new ArrayList<>();
        Instant deadline = Instant.now().plus(DEADLINE);
        while (Instant.now().isBefore(deadline)) {
            partner.pollOnce(Duration.ofMillis(500), seen::add);
            for (PartnerStreamConsumer.Received event : seen) {
                if (wanted.test(event)) {
                    return event;
                }
            }
        }
        throw new AssertionError(
                "the partner never received the event within " + DEADLINE + "; it saw " + seen.size() + " events");
    }

    private Set<String> groups() throws Exception {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.broker().bootstrapServers()))) {
            return admin.listConsumerGroups().all().get().stream()
                    .map(ConsumerGroupListing::groupId)
                    .collect(java.util.stream.Collectors.toSet());
        }
    }
}
