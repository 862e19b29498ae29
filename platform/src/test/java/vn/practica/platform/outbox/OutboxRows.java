package vn.practica.platform.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import vn.practica.platform.testing.TestDatabase;

/** Appends test events through the real {@link Outbox} and reads their rows back with plain JDBC. */
final class OutboxRows {
    static final String AGGREGATE_TYPE = "thing";
    static final String TYPE = "vn.practica.test.thing.changed.v1";

    private OutboxRows() {}

    static UUID append(Outbox outbox, String topic, String aggregateId) {
        return append(outbox, topic, aggregateId, Map.of("name", aggregateId));
    }

    /** Appends one event in its own committed transaction. */
    static UUID append(Outbox outbox, String topic, String aggregateId, Object data) {
        return QuarkusTransaction.requiringNew()
                .call(() -> outbox.append(new OutboxEvent(topic, AGGREGATE_TYPE, aggregateId, TYPE, data)));
    }

    /** Appends one event per aggregate id, in that order, each in its own transaction. */
    static List<UUID> appendEach(Outbox outbox, String topic, String... aggregateIds) {
        List<UUID> ids = new ArrayList<>();
        for (String aggregateId : aggregateIds) {
            ids.add(append(outbox, topic, aggregateId));
        }
        return ids;
    }

    /**
     * A JSON payload of about {@code bytes} bytes of random text: the relay compresses its records, and a
     * repeated character would shrink below the limits these payloads are meant to exceed.
     */
    static Map<String, String> payloadOf(int bytes) {
        byte[] random = new byte[bytes * 3 / 4 + 1];
        new Random(bytes).nextBytes(random);
        return Map.of("blob", Base64.getEncoder().encodeToString(random).substring(0, bytes));
    }

    static boolean sent(UUID id) {
        return TestDatabase.count("select count(*) from outbox_event where id = ? and sent_at is not null", id) == 1;
    }

    static boolean parked(UUID id) {
        return TestDatabase.count("select count(*) from outbox_event where id = ? and parked_at is not null", id) == 1;
    }

    static String parkReason(UUID id) {
        return (String) TestDatabase.single("select park_reason from outbox_event where id = ?", id);
    }

    static int attempts(UUID id) {
        return ((Number) TestDatabase.single("select attempts from outbox_event where id = ?", id)).intValue();
    }

    static long unsent() {
        return TestDatabase.count("select count(*) from outbox_event where sent_at is null");
    }

    static void deleteAll() {
        TestDatabase.update("delete from outbox_event");
    }

    static List<String> strings(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }
}
