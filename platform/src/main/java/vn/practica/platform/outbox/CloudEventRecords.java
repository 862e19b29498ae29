package vn.practica.platform.outbox;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.AbstractRecords;
import org.apache.kafka.common.record.CompressionType;
import org.apache.kafka.common.record.RecordBatch;
import vn.practica.events.CloudEventHeaders;

/**
 * The Kafka record of an outbox row: a CloudEvent in binary mode, keyed by aggregate id, with the Distributed
 * Tracing extension ({@code ce_traceparent}, {@code ce_tracestate}) when the row was written inside a span.
 */
final class CloudEventRecords {
    private CloudEventRecords() {}

    static ProducerRecord<String, byte[]> toRecord(PendingEvent event) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.ID, event.id().toString());
        header(headers, CloudEventHeaders.SOURCE, event.source());
        header(headers, CloudEventHeaders.TYPE, event.type());
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.TIME, event.time());
        header(headers, CloudEventHeaders.SUBJECT, event.key());
        header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        event.trace().ifPresent(trace -> trace.addTo(headers));
        byte[] value = event.payload().getBytes(StandardCharsets.UTF_8);
        return new ProducerRecord<>(event.topic(), null, event.key(), value, headers);
    }

    /**
     * The record's size as the producer computes it before refusing a record over {@code max.request.size}
     * (uncompressed, current record format), so the relay parks it before it is handed to Kafka at all.
     */
    static int sizeInBytes(ProducerRecord<String, byte[]> record) {
        byte[] key = record.key() == null ? null : record.key().getBytes(StandardCharsets.UTF_8);
        return AbstractRecords.estimateSizeInBytesUpperBound(
                RecordBatch.CURRENT_MAGIC_VALUE,
                CompressionType.NONE,
                key,
                record.value(),
                record.headers().toArray());
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
