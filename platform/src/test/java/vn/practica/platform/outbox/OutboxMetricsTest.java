package vn.practica.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.practica.platform.outbox.OutboxRows.append;
import static vn.practica.platform.outbox.OutboxRows.appendEach;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.practica.platform.testing.TestDatabase;
import vn.practica.platform.testing.TestKafka;

/** The relay's counters move with what Kafka took or refused; the backlog gauges read the table. */
@QuarkusTest
class OutboxMetricsTest {
    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxBacklog backlog;

    @Inject
    MeterRegistry registry;

    @BeforeEach
    @AfterEach
    void emptyOutbox() {
        // After each too: the cap test leaves ten thousand rows the next class's relay would otherwise publish
        OutboxRows.deleteAll();
    }

    @Test
    void countsPublishedRowsAndEmptiesTheBacklog() throws SQLException {
        String topic = TestKafka.newTopic("metrics");
        appendEach(outbox, topic, "a", "b", "a");
        backlog.refresh();
        assertEquals(3, gauge("practica.outbox.pending.rows"));
        assertTrue(gauge("practica.outbox.oldest.pending.age.seconds") >= 0);
        double before = counter("practica.outbox.published");

        relay.publishPending();
        backlog.refresh();

        assertEquals(3, counter("practica.outbox.published") - before);
        assertEquals(0, gauge("practica.outbox.pending.rows"));
        assertEquals(0, gauge("practica.outbox.oldest.pending.age.seconds"));
    }

    @Test
    void measuresTheAgeOfTheFirstPendingRow() throws SQLException {
        UUID id = append(outbox, TestKafka.newTopic("metrics-age"), "a");
        TestDatabase.update("update outbox_event set occurred_at = now() - interval '90 seconds' where id = ?", id);

        backlog.refresh();

        assertTrue(gauge("practica.outbox.oldest.pending.age.seconds") >= 90);
    }

    @Test
    void countsPendingRowsOnlyUpToTheCapWhileTheAgeStillMeasuresABiggerBacklog() throws SQLException {
        UUID first = append(outbox, TestKafka.newTopic("metrics-cap"), "a");
        TestDatabase.update("update outbox_event set occurred_at = now() - interval '90 seconds' where id = ?", first);
        TestDatabase.update(
                "insert into outbox_event (id, aggregatetype, aggregateid, type, payload, topic, source, occurred_at)"
                        + " select gen_random_uuid(), aggregatetype, aggregateid, type, payload, topic, source, now()"
                        + " from outbox_event, generate_series(1, " + OutboxBacklog.PENDING_COUNT_CAP + ")"
                        + " where id = ?",
                first);

        backlog.refresh();

        assertEquals(OutboxBacklog.PENDING_COUNT_CAP, gauge("practica.outbox.pending.rows"));
        assertTrue(gauge("practica.outbox.oldest.pending.age.seconds") >= 90);
    }

    @Test
    void countsParkedRowsAsFailuresAndInTheParkedGauge() throws SQLException {
        String missing = "practica.test.missing." + UUID.randomUUID();
        append(outbox, missing, "a");
        double parkedBefore = failures("parked");

        relay.publishPending();
        backlog.refresh();

        assertEquals(1, failures("parked") - parkedBefore);
        assertEquals(1, gauge("practica.outbox.parked.rows"));
        assertEquals(0, gauge("practica.outbox.pending.rows"));
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }

    private double counter(String name) {
        return registry.get(name).counter().count();
    }

    private double failures(String reason) {
        return registry.get("practica.outbox.publish.failures")
                .tag("reason", reason)
                .counter()
                .count();
    }
}
