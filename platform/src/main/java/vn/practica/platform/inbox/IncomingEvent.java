package vn.practica.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import vn.practica.events.CloudEventHeaders;

/** A CloudEvent read from a Kafka record in binary mode; {@code data} is the raw JSON value. */
public record IncomingEvent(String id, String source, String type, String subject, Instant time, String data) {

    /** Reads the {@code ce_*} headers; throws {@link MalformedEventException} when a required one is missing. */
    public static IncomingEvent from(ConsumerRecord<String, String> record) {
        String id = required(record, CloudEventHeaders.ID);
        String source = required(record, CloudEventHeaders.SOURCE);
        String type = required(record, CloudEventHeaders.TYPE);
        String spec = required(record, CloudEventHeaders.SPEC_VERSION);
        if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(spec)) {
            throw new MalformedEventException("unsupported ce_specversion " + spec);
        }
        String subject = header(record, CloudEventHeaders.SUBJECT);
        if (record.value() == null) {
            throw new MalformedEventException("event " + id + " has no data");
        }
        return new IncomingEvent(
                id, source, type, subject, time(header(record, CloudEventHeaders.TIME)), record.value());
    }

    private static Instant time(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("ce_time is not RFC 3339: " + value);
        }
    }

    private static String required(ConsumerRecord<String, String> record, String name) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("missing header " + name);
        }
        return value;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
