package vn.practica.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Every record a consumer reads ends in one of the counters: applied by type, duplicate or malformed. */
@QuarkusTest
class ConsumerMetricsTest {
    record Named(String name) {}

    @Inject
    EventConsumer consumer;

    @Inject
    MeterRegistry registry;

    private final EventRoutes routes =
            new EventRoutes().on(EventRecords.TYPE::equals, Named.class, (data, event) -> {});

    @Test
    void countsAnAppliedEventByTypeAndItsRedeliveryAsADuplicate() {
        String eventId = EventRecords.newEventId();
        double applied = applied();
        double duplicates = counter("practica.events.duplicates");

        consumer.consume(EventRecords.valid(eventId), routes);
        consumer.consume(EventRecords.valid(eventId), routes);

        assertEquals(1, applied() - applied);
        assertEquals(1, counter("practica.events.duplicates") - duplicates);
    }

    @Test
    void countsARecordWhoseDataDoesNotFitItsTypeAsMalformed() {
        double malformed = counter("practica.events.malformed");
        double applied = applied();

        consumer.consume(
                EventRecords.record(EventRecords.headers(EventRecords.newEventId()), "[\"not\", \"named\"]"), routes);

        assertEquals(1, counter("practica.events.malformed") - malformed);
        assertEquals(0, applied() - applied);
    }

    private double applied() {
        var meter = registry.find("practica.events.applied")
                .tag("type", EventRecords.TYPE)
                .counter();
        return meter == null ? 0 : meter.count();
    }

    private double counter(String name) {
        return registry.get(name).counter().count();
    }
}
