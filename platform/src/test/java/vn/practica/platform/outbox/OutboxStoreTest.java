package vn.practica.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.practica.platform.testing.TestDatabase;

@QuarkusTest
class OutboxStoreTest {
    private static final String TOPIC = "practica.test.store";
    private static final Duration RETENTION = Duration.ofDays(7);

    @Inject
    Outbox outbox;

    @Inject
    OutboxStore store;

    @BeforeEach
    void emptyOutbox() {
        OutboxRows.deleteAll();
    }

    @Test
    void retentionDeletesOnlySentRowsOlderThanItsPeriod() {
        UUID oldSent = OutboxRows.append(outbox, TOPIC, "a");
        UUID recentSent = OutboxRows.append(outbox, TOPIC, "b");
        UUID oldPending = OutboxRows.append(outbox, TOPIC, "c");
        UUID oldParked = OutboxRows.append(outbox, TOPIC, "d");
        age(oldSent, "sent_at = now() - interval '8 days'");
        age(recentSent, "sent_at = now() - interval '6 days'");
        age(oldPending, "occurred_at = now() - interval '30 days'");
        age(oldParked, "parked_at = now() - interval '30 days', occurred_at = now() - interval '30 days'");

        int deleted = QuarkusTransaction.requiringNew().call(() -> store.deleteSentBefore(RETENTION));

        assertEquals(1, deleted);
        assertEquals(
                3,
                TestDatabase.count(
                        "select count(*) from outbox_event where id in (?, ?, ?)", recentSent, oldPending, oldParked));
    }

    @Test
    void pendingQueryReadsThePartialIndexesAmongManyPublishedRows() throws Exception {
        publishedRows(20_000);
        OutboxRows.append(outbox, TOPIC, "pending");
        UUID parked = OutboxRows.append(outbox, TOPIC, "parked");
        age(parked, "parked_at = now()");

        String plan = explain(OutboxStore.SELECT_PENDING.replace("?1", "500").replace("?2", "0"));

        assertTrue(plan.contains("outbox_event_pending_idx"), plan);
        assertTrue(plan.contains("outbox_parked"), plan);
    }

    @Test
    void pendingQueryReadsTheOutboxOnceWhateverPlanItGetsWithoutStatistics() throws Exception {
        publishedRows(20_000);
        OutboxRows.append(outbox, TOPIC, "pending");

        String plan = genericPlan(OutboxStore.SELECT_PENDING.replace("?1", "$1").replace("?2", "$2"));

        // the holding check probes the parked rows' table, never the outbox a second time per pending row
        assertEquals(1, plan.split(" on outbox_event ", -1).length - 1, plan);
        assertTrue(plan.contains("outbox_parked"), plan);
    }

    @Test
    void seqsAreDrawnOneAtATimeInTheOrderTransactionsAskForThem() {
        // PendingFloor relies on it: with a cache per session, a seq drawn later could be lower than one drawn before
        assertEquals(
                1,
                TestDatabase.count("select seqcache from pg_sequence"
                        + " where seqrelid = pg_get_serial_sequence('outbox_event', 'seq')::regclass"));
    }

    @Test
    void parkedRowsAreMirroredUntilReDrivenOrDeleted() {
        UUID first = OutboxRows.append(outbox, TOPIC, "first");
        UUID second = OutboxRows.append(outbox, TOPIC, "second");
        age(first, "parked_at = now()");
        age(second, "parked_at = now()");
        assertEquals(2, TestDatabase.count("select count(*) from outbox_parked where id in (?, ?)", first, second));

        age(first, "parked_at = null");
        TestDatabase.update("delete from outbox_event where id = ?", second);

        assertEquals(0, TestDatabase.count("select count(*) from outbox_parked"));
    }

    private static void publishedRows(int count) {
        TestDatabase.update(
                "insert into outbox_event (id, aggregatetype, aggregateid, type, payload, topic, source,"
                        + " occurred_at, sent_at) select gen_random_uuid(), 'thing', 'k' || n, 'sent', '{}', ?, 's', now(),"
                        + " now() from generate_series(1, ?) n",
                TOPIC,
                count);
    }

    private static void age(UUID id, String assignments) {
        TestDatabase.update("update outbox_event set " + assignments + " where id = ?", id);
    }

    /** The plan a prepared statement caches for any parameters, made on a table that was never analyzed. */
    private static String genericPlan(String query) throws Exception {
        try (Connection connection = TestDatabase.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("set plan_cache_mode = force_generic_plan");
            statement.execute("prepare pending(integer, bigint) as " + query);
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = statement.executeQuery("explain execute pending(500, 0)")) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }

    private static String explain(String query) throws Exception {
        try (Connection connection = TestDatabase.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("analyze outbox_event");
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = statement.executeQuery("explain " + query)) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }
}
