package vn.practica.platform.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.practica.events.CloudEventHeaders;

class IncomingEventTest {
    private static final String DATA = "{\"code\":\"IT\"}";

    private static Map<String, String> validHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.ID, "e-1");
        headers.put(CloudEventHeaders.SOURCE, "/practica/catalog-service");
        headers.put(CloudEventHeaders.TYPE, "vn.practica.catalog.field.created.v1");
        headers.put(CloudEventHeaders.SPEC_VERSION, "1.0");
        headers.put(CloudEventHeaders.TIME, "2026-11-28T08:00:00.123456Z");
        headers.put(CloudEventHeaders.SUBJECT, "IT");
        return headers;
    }

    private static ConsumerRecord<String, String> record(Map<String, String> headers, String value) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("practica.catalog.events", 0, 0L, "IT", value);
        headers.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    @Test
    void readsEveryCloudEventAttributeFromBinaryModeHeaders() {
        IncomingEvent event = IncomingEvent.from(record(validHeaders(), DATA));
        assertEquals("e-1", event.id());
        assertEquals("/practica/catalog-service", event.source());
        assertEquals("vn.practica.catalog.field.created.v1", event.type());
        assertEquals("IT", event.subject());
        assertEquals(Instant.parse("2026-11-28T08:00:00.123456Z"), event.time());
        assertEquals(DATA, event.data());
    }

    @Test
    void timeIsOptionalAsInTheSpecification() {
        Map<String, String> headers = validHeaders();
        headers.remove(CloudEventHeaders.TIME);
        assertNull(IncomingEvent.from(record(headers, DATA)).time());
    }

    @Test
    void rejectsRecordsMissingARequiredAttribute() {
        for (String required : new String[] {
            CloudEventHeaders.ID, CloudEventHeaders.SOURCE, CloudEventHeaders.TYPE, CloudEventHeaders.SPEC_VERSION
        }) {
            Map<String, String> headers = validHeaders();
            headers.remove(required);
            assertThrows(MalformedEventException.class, () -> IncomingEvent.from(record(headers, DATA)), required);
        }
    }

    @Test
    void rejectsOtherSpecVersionsBadTimesAndEmptyData() {
        Map<String, String> v03 = validHeaders();
        v03.put(CloudEventHeaders.SPEC_VERSION, "0.3");
        assertThrows(MalformedEventException.class, () -> IncomingEvent.from(record(v03, DATA)));
        Map<String, String> badTime = validHeaders();
        badTime.put(CloudEventHeaders.TIME, "yesterday");
        assertThrows(MalformedEventException.class, () -> IncomingEvent.from(record(badTime, DATA)));
        assertThrows(MalformedEventException.class, () -> IncomingEvent.from(record(validHeaders(), null)));
    }
}
