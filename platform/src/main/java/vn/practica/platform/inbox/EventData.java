package vn.practica.platform.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads an event's JSON data into its contract record; bad data is a malformed event, not a retry. Unknown
 * properties are ignored here, unlike in request bodies: producers only ever add fields, and a consumer
 * built before a field existed must still apply the event.
 */
@ApplicationScoped
public class EventData {
    private final ObjectMapper json;
    /** Readers are immutable and thread-safe; events of one type come by the thousand, so each is built once. */
    private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();

    EventData(ObjectMapper json) {
        this.json = json;
    }

    public <T> T read(IncomingEvent event, Class<T> type) {
        try {
            return readers.computeIfAbsent(type, this::reader).readValue(event.data());
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("event " + event.id() + " data is not a " + type.getSimpleName(), e);
        }
    }

    private ObjectReader reader(Class<?> type) {
        return json.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
