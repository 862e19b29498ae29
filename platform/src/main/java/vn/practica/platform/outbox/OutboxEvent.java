package vn.practica.platform.outbox;

/**
 * A state change to announce. The aggregate id becomes the Kafka record key and {@code ce_subject}, so
 * one aggregate's events stay in order.
 */
public record OutboxEvent(String topic, String aggregateType, String aggregateId, String type, Object data) {}
