package vn.practica.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.practica.events.CloudEventHeaders;
import vn.practica.platform.testing.TestDatabase;

/** Consumer records as the relay writes them, and the rows a delivery leaves behind. */
final class EventRecords {
    static final String SOURCE = "/practica/inbox-test";
    static final String TYPE = "vn.practica.test.thing.changed.v1";
    static final String DATA = "{\"name\":\"IT\"}";

    private EventRecords() {}

    static Map<String, String> headers(String eventId) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventHeaders.ID, eventId);
        headers.put(CloudEventHeaders.SOURCE, SOURCE);
        headers.put(CloudEventHeaders.TYPE, TYPE);
        headers.put(CloudEventHeaders.SPEC_VERSION, "1.0");
        headers.put(CloudEventHeaders.TIME, "2026-11-28T08:00:00.123456Z");
        headers.put(CloudEventHeaders.SUBJECT, "IT");
        return headers;
    }

    static ConsumerRecord<String, String> record(Map<String, String> headers, String value) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("practica.test.inbox", 0, 0L, "IT", value);
        headers.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    static ConsumerRecord<String, String> valid(String eventId) {
        return record(headers(eventId), DATA);
    }

    static String newEventId() {
        return UUID.randomUUID().toString();
    }

    static long effects(String eventId) {
        return TestDatabase.count("select count(*) from applied_effect where event_id = ?", eventId);
    }

    static long inboxRows(String eventId) {
        return TestDatabase.count("select count(*) from processed_event where event_id = ?", eventId);
    }
}
