package vn.practica.platform.outbox;

import java.util.UUID;

/** An outbox row not yet acknowledged by Kafka. */
record PendingEvent(
        UUID id,
        String topic,
        String aggregateType,
        String key,
        String type,
        String source,
        String time,
        String payload) {

    /** Events of one aggregate on one topic share a key, hence a partition: their order must hold. */
    record Aggregate(String topic, String key) {}

    Aggregate aggregate() {
        return new Aggregate(topic, key);
    }
}
