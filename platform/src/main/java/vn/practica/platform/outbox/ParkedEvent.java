package vn.practica.platform.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * An outbox row Kafka refused for good, and how many later rows of its aggregate (same topic and key) wait
 * behind it.
 */
public record ParkedEvent(
        UUID id,
        String type,
        String aggregateType,
        String aggregateId,
        String topic,
        String reason,
        Instant parkedAt,
        int attempts,
        long held) {}
