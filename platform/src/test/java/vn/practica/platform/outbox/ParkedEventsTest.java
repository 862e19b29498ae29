package vn.practica.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.practica.platform.outbox.OutboxRows.append;
import static vn.practica.platform.outbox.OutboxRows.payloadOf;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.practica.platform.testing.TestKafka;

@QuarkusTest
class ParkedEventsTest {
    private static final int TWO_MEGABYTES = 2 * 1024 * 1024;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    ParkedEvents parkedEvents;

    @BeforeEach
    void emptyOutbox() {
        OutboxRows.deleteAll();
    }

    @Test
    void listsParkedEventsWithTheirReasonAndHowManyWaitBehindThem() {
        String topic = TestKafka.newTopic("parked-list");
        UUID poison = append(outbox, topic, "p", payloadOf(TWO_MEGABYTES));
        append(outbox, topic, "p");
        append(outbox, topic, "p");
        relay.publishPending();

        List<ParkedEvent> parked = parkedEvents.list();

        assertEquals(1, parked.size());
        ParkedEvent event = parked.get(0);
        assertEquals(poison, event.id());
        assertEquals(OutboxRows.TYPE, event.type());
        assertEquals(OutboxRows.AGGREGATE_TYPE, event.aggregateType());
        assertEquals("p", event.aggregateId());
        assertEquals(topic, event.topic());
        assertTrue(event.reason().contains("exceeds max.request.size"), event.reason());
        assertNotNull(event.parkedAt());
        assertEquals(1, event.attempts());
        assertEquals(2, event.held());
    }

    @Test
    void redrivesEveryParkedEventOfAnAggregateAndNoOther() {
        String topic = TestKafka.newTopic("parked-redrive");
        append(outbox, topic, "p", payloadOf(TWO_MEGABYTES));
        UUID otherPoison = append(outbox, topic, "q", payloadOf(TWO_MEGABYTES));
        relay.publishPending();

        assertEquals(1, parkedEvents.redriveAggregate(topic, "p"));

        assertEquals(
                List.of(otherPoison),
                parkedEvents.list().stream().map(ParkedEvent::id).toList());
        assertEquals(0, parkedEvents.redriveAggregate(topic, "p"));
    }

    @Test
    void redrivesOnlyARowThatIsParked() {
        String topic = TestKafka.newTopic("parked-one");
        UUID poison = append(outbox, topic, "p", payloadOf(TWO_MEGABYTES));
        UUID fine = append(outbox, topic, "a");
        relay.publishPending();

        assertFalse(parkedEvents.redrive(fine));
        assertTrue(parkedEvents.redrive(poison));
        assertFalse(parkedEvents.redrive(poison));
        assertTrue(parkedEvents.list().isEmpty());
    }
}
