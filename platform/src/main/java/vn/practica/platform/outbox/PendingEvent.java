package vn.practica.platform.outbox;

import java.util.UUID;

/** An outbox row not yet acknowledged by Kafka. */
record PendingEvent(UUID id, String topic, String key, String type, String source, String time, String payload) {}
